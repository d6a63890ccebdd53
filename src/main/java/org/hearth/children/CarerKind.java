package org.hearth.children;

/** A foster carer household, or a setting such as a children's home. */
public enum CarerKind {
    FOSTER_HOUSEHOLD("Foster carer household"), SETTING("Setting");

    private final String label;

    CarerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
