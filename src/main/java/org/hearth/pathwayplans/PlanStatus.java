package org.hearth.pathwayplans;

/** Where a pathway plan is: being written, with a manager for sign-off, or signed off (final). */
public enum PlanStatus {
    DRAFT("Draft"), AWAITING_SIGN_OFF("Awaiting sign-off"), SIGNED_OFF("Signed off");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
