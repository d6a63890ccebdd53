package org.hearth.practice;

/** The kinds of statutory activity recorded on a child (issue 5; timescales in ../shared/docs/domain.md). */
public enum ActivityKind {
    VISIT("visits", "Social worker visit"),
    REVIEW("reviews", "Looked-after review"),
    HEALTH_ASSESSMENT("health-assessments", "Health assessment"),
    DENTAL_CHECK("dental-checks", "Dental check"),
    IMMUNISATIONS("immunisations", "Immunisations"),
    DEVELOPMENT_CHECK("development-checks", "Development check"),
    SDQ("sdq-scores", "Strengths and Difficulties Questionnaire"),
    SUBSTANCE_MISUSE("substance-misuse", "Substance misuse"),
    PERSONAL_EDUCATION_PLAN("personal-education-plans", "Personal education plan"),
    CARE_PLAN("care-plans", "Care plan"),
    NEEDS_ASSESSMENT("needs-assessments", "Needs assessment"),
    PATHWAY_PLAN_REVIEW("pathway-plan-reviews", "Pathway plan review"),
    PERSONAL_ADVISER_CONTACT("personal-adviser-contacts", "Personal adviser contact");

    private final String pathSegment;
    private final String label;

    ActivityKind(String pathSegment, String label) {
        this.pathSegment = pathSegment;
        this.label = label;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public String label() {
        return label;
    }
}
