package org.hearth.careleavers;

/** How worried the worker is about one part of a young person's circumstances. */
public enum ConcernLevel {
    NONE("No concern"), SOME("Some concern"), SERIOUS("Serious concern");

    private final String label;

    ConcernLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
