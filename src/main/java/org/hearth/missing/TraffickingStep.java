package org.hearth.missing;

/**
 * The steps the local trafficking protocol adds when an unaccompanied asylum-seeking child goes missing (issue 7), in
 * the order they are usually done, each due a local-policy number of hours after the child went missing.
 */
public enum TraffickingStep {
    POLICE_TRAFFICKING_CONCERN("Police told of the trafficking concern", "uasc.protocol.police-within", false),
    RISK_ASSESSMENT("Immediate risk assessment", "uasc.protocol.risk-assessment-within", false),
    HOME_OFFICE_NOTIFIED("Home Office told", "uasc.protocol.home-office-within", true),
    GUARDIAN_NOTIFIED("Independent Child Trafficking Guardian told", "uasc.protocol.guardian-within", true),
    NRM_DECISION("National Referral Mechanism referral considered and decision recorded",
            "uasc.protocol.nrm-decision-within", false);

    private final String label;
    private final String policyKey;
    private final boolean whereApplicable;

    TraffickingStep(String label, String policyKey, boolean whereApplicable) {
        this.label = label;
        this.policyKey = policyKey;
        this.whereApplicable = whereApplicable;
    }

    public String label() {
        return label;
    }

    /** The HOURS setting giving how long after the child went missing the step is due. */
    public String policyKey() {
        return policyKey;
    }

    /** Whether the protocol says "where applicable" (any step can still be marked not applicable, with a reason). */
    public boolean whereApplicable() {
        return whereApplicable;
    }

    /** The step's name in a path, e.g. {@code nrm-decision}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<TraffickingStep> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(s -> s.slug().equals(slug) || s.name().equals(slug))
                .findFirst();
    }
}
