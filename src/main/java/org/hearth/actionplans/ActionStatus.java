package org.hearth.actionplans;

/** How far an action of an action plan has got. */
public enum ActionStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done"), NO_LONGER_NEEDED("No longer needed");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to be done: an open action past its due date is overdue. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
