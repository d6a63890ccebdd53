package org.hearth.access;

/** What a team does. */
public enum TeamKind {
    CHILDREN_IN_CARE("Children in care"), LEAVING_CARE("Leaving care"), OTHER("Other");

    private final String label;

    TeamKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
