package org.hearth.practice;

import java.util.Optional;

/**
 * The kinds of statutory activity recorded per child. Each kind's fields (the keys of {@link ActivityView#details()})
 * are listed here because other modules read them; their checks are in the practice module's definitions.
 */
public enum ActivityKind {
    /** Social worker visit (CPPCR reg 28). Details: {@code seen} = SEEN | SEEN_ALONE | NOT_SEEN, {@code notSeenReason},
     * {@code location} = PLACEMENT | SCHOOL | FAMILY_HOME | OFFICE | COMMUNITY | OTHER, {@code notes}. */
    VISIT("visits", "Social worker visit", "Social worker visits"),
    /** Looked-after review (CPPCR reg 33; 903 Reviews). Details: {@code participation} (903 REVIEW_CODE PN0-PN7),
     * {@code chair} (the IRO's name), {@code decisions}. */
    REVIEW("reviews", "Looked-after review", "Looked-after reviews"),
    /** Health assessment (CPPCR reg 7). Details: {@code type} = INITIAL | REVIEW, {@code notes}. */
    HEALTH_ASSESSMENT("health-assessments", "Health assessment", "Health assessments"),
    /** Dental check (903 OC2 TEETH_CHECK). Details: {@code notes}. */
    DENTAL_CHECK("dental-checks", "Dental check", "Dental checks"),
    /** Immunisation status checked (903 OC2 IMMUNISATIONS). Details: {@code upToDate} = true | false, {@code notes}. */
    IMMUNISATIONS("immunisations", "Immunisations", "Immunisations"),
    /** Development check of a child under 5 (903 OC2 HEALTH_CHECK). Details: {@code upToDate}, {@code notes}. */
    DEVELOPMENT_CHECK("development-checks", "Development check", "Development checks (under 5)"),
    /** Strengths and Difficulties Questionnaire (903 OC2). Details: {@code score} 0-40 and {@code informant}, or
     * {@code reasonNoScore} (SDQ_REASON SDQ1-SDQ5). */
    SDQ("sdq-scores", "SDQ score", "SDQ scores"),
    /** Substance misuse (903 OC2). Details: {@code problemIdentified}, {@code interventionReceived},
     * {@code interventionOffered} (true | false), {@code notes}. */
    SUBSTANCE_MISUSE("substance-misuse", "Substance misuse", "Substance misuse"),
    /** Personal education plan. Details: {@code stage} = STARTED | REVIEWED, {@code school}, {@code notes}. */
    PERSONAL_EDUCATION_PLAN("personal-education-plans", "Personal education plan", "Personal education plans"),
    /** Care plan (CPPCR reg 4). Details: {@code type} = INITIAL | REVIEW, {@code notes}. */
    CARE_PLAN("care-plans", "Care plan", "Care plans"),
    /** Needs assessment for the pathway plan (CPPCR reg 42, within 3 months of the 16th birthday). Details:
     * {@code notes}. */
    NEEDS_ASSESSMENT("needs-assessments", "Needs assessment", "Needs assessments"),
    /** Pathway plan written or reviewed (CPPCR reg 43, CLR). Details: {@code type} = INITIAL | REVIEW,
     * {@code notes}. */
    PATHWAY_PLAN_REVIEW("pathway-plan-reviews", "Pathway plan review", "Pathway plan reviews"),
    /** Personal adviser contact with a care leaver (CLR reg 8). Details: {@code method} = IN_PERSON | PHONE | VIDEO |
     * MESSAGE, {@code notes}. */
    PERSONAL_ADVISER_CONTACT("personal-adviser-contacts", "Personal adviser contact", "Personal adviser contacts"),
    /** A conviction, youth caution or youth conditional caution (903 OC2 CONVICTED), dated when it was given.
     * Details: {@code outcome} = CONVICTION | YOUTH_CAUTION | YOUTH_CONDITIONAL_CAUTION | NOT_GIVEN (imported from a
     * 903 return, which does not say which), {@code notes}. */
    YOUTH_JUSTICE_OUTCOME("youth-justice-outcomes", "Conviction or youth caution", "Convictions and youth cautions");

    private final String pathSegment;
    private final String label;
    private final String pluralLabel;

    ActivityKind(String pathSegment, String label, String pluralLabel) {
        this.pathSegment = pathSegment;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    /** The kind's part of the API and page paths, e.g. {@code visits} in /api/v1/children/{id}/visits. */
    public String pathSegment() {
        return pathSegment;
    }

    /** One of them, in words: "Social worker visit". */
    public String label() {
        return label;
    }

    /** Several of them, in words: "Social worker visits". */
    public String pluralLabel() {
        return pluralLabel;
    }

    public static Optional<ActivityKind> fromPathSegment(String segment) {
        for (ActivityKind kind : values()) {
            if (kind.pathSegment.equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
