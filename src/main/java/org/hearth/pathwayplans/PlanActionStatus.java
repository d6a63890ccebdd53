package org.hearth.pathwayplans;

/** How far an action of a pathway plan has got. */
public enum PlanActionStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done"), NO_LONGER_NEEDED("No longer needed");

    private final String label;

    PlanActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to be done. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
