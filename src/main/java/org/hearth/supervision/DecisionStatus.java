package org.hearth.supervision;

/** Where a decision stands. Only an open decision changes; done and superseded are final. */
public enum DecisionStatus {
    OPEN("Open"),
    DONE("Done"),
    SUPERSEDED("Superseded");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
