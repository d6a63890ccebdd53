package org.hearth.missing;

/** Where an unaccompanied asylum-seeking child's age assessment stands. */
public enum AgeAssessmentStatus {
    NOT_NEEDED("Not needed", false), PLANNED("Planned", false), IN_PROGRESS("In progress", false),
    AGE_ACCEPTED("Completed: age accepted", true), AGE_DISPUTED("Completed: age disputed", true);

    private final String label;
    private final boolean completed;

    AgeAssessmentStatus(String label, boolean completed) {
        this.label = label;
        this.completed = completed;
    }

    public String label() {
        return label;
    }

    public boolean completed() {
        return completed;
    }
}
