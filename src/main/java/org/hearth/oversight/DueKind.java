package org.hearth.oversight;

/** What a due item asks for. */
public enum DueKind {
    VISIT("Social worker visit"),
    REVIEW("Looked-after review"),
    HEALTH_ASSESSMENT("Health assessment"),
    DENTAL_CHECK("Dental check"),
    PERSONAL_EDUCATION_PLAN("Personal education plan"),
    CARE_PLAN("Care plan"),
    NEEDS_ASSESSMENT("Needs assessment and pathway plan"),
    PATHWAY_PLAN_REVIEW("Pathway plan review"),
    PERSONAL_ADVISER_CONTACT("Personal adviser contact"),
    DECISION("Decision past its date"),
    RECENT_ACTIVITY("Anything recorded"),
    ACTION_PLAN_ACTION("Action plan action"),
    ACTION_PLAN_PROGRESS("Action plan progress"),
    ACTION_PLAN_SIGN_OFF("Action plan sign-off"),
    RETURN_HOME_INTERVIEW("Return home interview"),
    MISSING_STRATEGY_DISCUSSION("Strategy discussion (missing)"),
    TRAFFICKING_PROTOCOL_STEP("Trafficking protocol step"),
    EXPLOITATION_REASSESSMENT("Exploitation risk reassessment"),
    EXPLOITATION_COUNTERSIGNATURE("Exploitation risk countersignature");

    private final String label;

    DueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
