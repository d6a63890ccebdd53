package org.hearth.lifestory;

/** How far a piece of life story work has got. Shared with the child and complete are done: they have a date done. */
public enum LifeStoryStatus {
    PLANNED("Planned"), IN_PROGRESS("In progress"), SHARED_WITH_CHILD("Shared with the child"), COMPLETE("Complete");

    private final String label;

    LifeStoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Shared with the child or complete: it happened on a date, which is not in the future. */
    public boolean done() {
        return this == SHARED_WITH_CHILD || this == COMPLETE;
    }
}
