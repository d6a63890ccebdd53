package org.hearth.chronology.internal;

/** A key event (shown in the key-events view and the court print's default choice), or another event. */
public enum Significance {
    KEY_EVENT("Key event"), OTHER("Other");

    private final String label;

    Significance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
