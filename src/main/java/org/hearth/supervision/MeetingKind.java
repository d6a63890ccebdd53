package org.hearth.supervision;

/** Kinds of meeting about a child. */
public enum MeetingKind {
    REVIEW("Looked-after review"),
    STRATEGY("Strategy meeting"),
    PROFESSIONALS("Professionals' meeting"),
    PEP("Personal education plan meeting"),
    PATHWAY_PLAN_REVIEW("Pathway plan review"),
    FAMILY_TIME_PLANNING("Family time planning"),
    OTHER("Other meeting");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
