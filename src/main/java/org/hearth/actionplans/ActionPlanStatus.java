package org.hearth.actionplans;

/** An action plan is open until it is closed with a summary. */
public enum ActionPlanStatus {
    OPEN("Open"), CLOSED("Closed");

    private final String label;

    ActionPlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
