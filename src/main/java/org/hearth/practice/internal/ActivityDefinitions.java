package org.hearth.practice.internal;

import org.hearth.shared.FieldProblems;
import static org.hearth.practice.internal.FieldDefinition.choice;
import static org.hearth.practice.internal.FieldDefinition.code;
import static org.hearth.practice.internal.FieldDefinition.longText;
import static org.hearth.practice.internal.FieldDefinition.text;
import static org.hearth.practice.internal.FieldDefinition.wholeNumber;
import static org.hearth.practice.internal.FieldDefinition.yesNo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hearth.codes.CodeField;
import org.hearth.practice.ActivityKind;
import org.hearth.shared.Option;

/**
 * Each kind of statutory activity, field by field, with its rules. Rules quoting a number come from the 903 guidance
 * (../shared/docs/903.md: Reviews 2.3, OC2 2.5 and the validation rules table) or the statutory timescales
 * (../shared/docs/domain.md).
 */
public final class ActivityDefinitions {

    private static final Map<ActivityKind, KindDefinition> DEFINITIONS = new EnumMap<>(ActivityKind.class);

    /** A youth justice outcome imported from the 903, which says only that there was one in the year. */
    private static final String NOT_GIVEN = "NOT_GIVEN";

    private static final FieldDefinition NOTES = longText("notes", "Notes (optional)", false, null);

    static {
        define(new KindDefinition(ActivityKind.VISIT, "Date of the visit", List.of(
                choice("seen", "Was the child seen?", true, null,
                        new Option("SEEN_ALONE", "Seen alone"),
                        new Option("SEEN", "Seen, not alone"),
                        new Option("NOT_SEEN", "Not seen")),
                longText("notSeenReason", "Why was the child not seen?", false,
                        "Only if the child was not seen"),
                choice("location", "Where was the visit?", true, null,
                        new Option("PLACEMENT", "Where the child lives"),
                        new Option("SCHOOL", "School or college"),
                        new Option("FAMILY_HOME", "Family home"),
                        new Option("OFFICE", "Council office"),
                        new Option("COMMUNITY", "Out in the community"),
                        new Option("OTHER", "Somewhere else")),
                NOTES),
                ActivityDefinitions::visitRules,
                v -> describe(ActivityKind.VISIT, "seen", v) + ", " + describe(ActivityKind.VISIT, "location", v)
                        .toLowerCase(java.util.Locale.UK)));
        define(new KindDefinition(ActivityKind.REVIEW, "Date of the review", List.of(
                code("participation", "How did the child take part?", true, CodeField.REVIEW_CODE,
                        "The 903 participation code (PN0 only for a child under 4)"),
                text("chair", "Independent reviewing officer who chaired it", true, null),
                longText("decisions", "Decisions (optional)", false, null)),
                ActivityDefinitions::reviewRules,
                v -> "Chaired by " + v.get("chair") + "; participation " + v.get("participation")));
        define(new KindDefinition(ActivityKind.HEALTH_ASSESSMENT, "Date of the assessment", List.of(
                choice("type", "Which assessment was it?", true, null,
                        new Option("INITIAL", "Initial health assessment"),
                        new Option("REVIEW", "Review health assessment")),
                NOTES),
                KindDefinition.CrossFieldRule.NONE,
                v -> describe(ActivityKind.HEALTH_ASSESSMENT, "type", v)));
        define(new KindDefinition(ActivityKind.DENTAL_CHECK, "Date of the check", List.of(NOTES),
                KindDefinition.CrossFieldRule.NONE, v -> "Dental check"));
        define(new KindDefinition(ActivityKind.IMMUNISATIONS, "Date checked", List.of(
                yesNo("upToDate", "Are the child's immunisations up to date?", true, null),
                NOTES),
                KindDefinition.CrossFieldRule.NONE,
                v -> "true".equals(v.get("upToDate")) ? "Immunisations up to date" : "Immunisations not up to date"));
        define(new KindDefinition(ActivityKind.DEVELOPMENT_CHECK, "Date of the check", List.of(
                yesNo("upToDate", "Are the child's development checks up to date?", true, null),
                NOTES),
                ActivityDefinitions::developmentCheckRules,
                v -> "true".equals(v.get("upToDate")) ? "Development checks up to date"
                        : "Development checks not up to date"));
        define(new KindDefinition(ActivityKind.SDQ, "Date of the questionnaire", List.of(
                wholeNumber("score", "Total difficulties score", 0, 40,
                        "From 0 to 40. Leave blank if there is no score"),
                choice("informant", "Who completed it?", false, "Only if there is a score",
                        new Option("CARER", "Carer"),
                        new Option("TEACHER", "Teacher"),
                        new Option("YOUNG_PERSON", "The young person")),
                code("reasonNoScore", "Why is there no score?", false, CodeField.SDQ_REASON,
                        "Only if there is no score")),
                ActivityDefinitions::sdqRules,
                v -> v.get("score") != null ? "SDQ score " + v.get("score") + " ("
                        + describe(ActivityKind.SDQ, "informant", v).toLowerCase(java.util.Locale.UK) + ")"
                        : "No SDQ score (" + v.get("reasonNoScore") + ")"));
        define(new KindDefinition(ActivityKind.SUBSTANCE_MISUSE, "Date identified or reviewed", List.of(
                yesNo("problemIdentified", "Has a substance misuse problem been identified?", true, null),
                yesNo("interventionReceived", "Did the child receive an intervention for it?", false,
                        "Only if a problem was identified"),
                yesNo("interventionOffered", "Was an intervention offered (and refused)?", false,
                        "Only if no intervention was received"),
                NOTES),
                ActivityDefinitions::substanceMisuseRules,
                v -> !"true".equals(v.get("problemIdentified")) ? "No substance misuse problem identified"
                        : "true".equals(v.get("interventionReceived"))
                                ? "Substance misuse problem identified; intervention received"
                                : "Substance misuse problem identified; no intervention received"));
        define(new KindDefinition(ActivityKind.PERSONAL_EDUCATION_PLAN, "Date of the PEP meeting", List.of(
                choice("stage", "Was the PEP started or reviewed?", true, null,
                        new Option("STARTED", "Started"),
                        new Option("REVIEWED", "Reviewed")),
                text("school", "School or college (optional)", false, null),
                NOTES),
                KindDefinition.CrossFieldRule.NONE,
                v -> "PEP " + describe(ActivityKind.PERSONAL_EDUCATION_PLAN, "stage", v)
                        .toLowerCase(java.util.Locale.UK)));
        define(new KindDefinition(ActivityKind.CARE_PLAN, "Date of the care plan", List.of(
                choice("type", "Is this the first care plan or a review?", true, null,
                        new Option("INITIAL", "First care plan"),
                        new Option("REVIEW", "Reviewed care plan")),
                NOTES),
                KindDefinition.CrossFieldRule.NONE,
                v -> describe(ActivityKind.CARE_PLAN, "type", v)));
        define(new KindDefinition(ActivityKind.NEEDS_ASSESSMENT, "Date the assessment was completed",
                List.of(NOTES), KindDefinition.CrossFieldRule.NONE, v -> "Needs assessment completed"));
        define(new KindDefinition(ActivityKind.PATHWAY_PLAN_REVIEW, "Date of the pathway plan", List.of(
                choice("type", "Is this the first pathway plan or a review?", true, null,
                        new Option("INITIAL", "First pathway plan"),
                        new Option("REVIEW", "Pathway plan review")),
                NOTES),
                KindDefinition.CrossFieldRule.NONE,
                v -> describe(ActivityKind.PATHWAY_PLAN_REVIEW, "type", v)));
        define(new KindDefinition(ActivityKind.PERSONAL_ADVISER_CONTACT, "Date of the contact", List.of(
                choice("method", "How was the contact made?", true, null,
                        new Option("IN_PERSON", "In person"),
                        new Option("PHONE", "Phone call"),
                        new Option("VIDEO", "Video call"),
                        new Option("MESSAGE", "Message or email")),
                NOTES),
                KindDefinition.CrossFieldRule.NONE,
                v -> "Contact " + describe(ActivityKind.PERSONAL_ADVISER_CONTACT, "method", v)
                        .toLowerCase(java.util.Locale.UK)));
        define(new KindDefinition(ActivityKind.YOUTH_JUSTICE_OUTCOME, "Date of the conviction or caution", List.of(
                choice("outcome", "What was it?", true, null,
                        new Option("CONVICTION", "Convicted of an offence"),
                        new Option("YOUTH_CAUTION", "Youth caution"),
                        new Option("YOUTH_CONDITIONAL_CAUTION", "Youth conditional caution"),
                        new Option(NOT_GIVEN, "Conviction or caution, not known which (as imported from a 903 "
                                + "return)")),
                NOTES),
                ActivityDefinitions::youthJusticeRules,
                v -> describe(ActivityKind.YOUTH_JUSTICE_OUTCOME, "outcome", v)));
    }


    private ActivityDefinitions() {
    }

    public static KindDefinition of(ActivityKind kind) {
        return DEFINITIONS.get(kind);
    }

    private static void define(KindDefinition definition) {
        DEFINITIONS.put(definition.kind(), definition);
    }

    private static String describe(ActivityKind kind, String field, Map<String, String> values) {
        return of(kind).field(field).map(f -> f.describe(values.get(field))).orElse("");
    }

    /** A reason exactly when the child was not seen: a visit without seeing the child needs explaining. */
    private static void visitRules(Map<String, String> v, KindDefinition.Facts facts, FieldProblems problems) {
        if ("NOT_SEEN".equals(v.get("seen")) && v.get("notSeenReason") == null) {
            problems.add("notSeenReason", "Enter why the child was not seen");
        }
        if (v.get("seen") != null && !"NOT_SEEN".equals(v.get("seen")) && v.get("notSeenReason") != null) {
            problems.add("notSeenReason", "Leave the reason blank when the child was seen");
        }
    }

    /** 903 rules 440 and 441: PN0 exactly when the child was under 4 on the day of the review. */
    private static void reviewRules(Map<String, String> v, KindDefinition.Facts facts, FieldProblems problems) {
        String code = v.get("participation");
        facts.ageOnDate().ifPresent(age -> {
            if ("PN0".equals(code) && age >= 4) {
                problems.add("participation", "PN0 is only for a child under 4 on the day of the review; "
                        + "the child was " + age);
            } else if (code != null && !"PN0".equals(code) && age < 4) {
                problems.add("participation", "Select PN0: the child was under 4 on the day of the review");
            }
        });
    }

    /**
     * The age of criminal responsibility in England is 10: no conviction or caution before the 10th birthday (903
     * rule 542: no conviction information for a child under 10).
     */
    private static void youthJusticeRules(Map<String, String> v, KindDefinition.Facts facts,
            FieldProblems problems) {
        facts.ageOnDate().filter(age -> age < 10).ifPresent(age -> problems.add("date",
                "A child cannot be convicted or cautioned before their 10th birthday; the child was " + age
                        + " on this date"));
    }

    /** 903 OC2 HEALTH_CHECK covers under-5s only (rules 545 and 546). */
    private static void developmentCheckRules(Map<String, String> v, KindDefinition.Facts facts,
            FieldProblems problems) {
        facts.ageOnDate().filter(age -> age >= 5).ifPresent(age -> problems.add("date",
                "Development checks are for children under 5; the child was " + age + " on this date"));
    }

    /** A score or the reason there is none, not both (903 OC2 rules 180, 196, 197a); who completed a score. */
    private static void sdqRules(Map<String, String> v, KindDefinition.Facts facts, FieldProblems problems) {
        boolean score = v.get("score") != null;
        boolean reason = v.get("reasonNoScore") != null;
        if (score && reason) {
            problems.add("reasonNoScore", "Leave the reason blank when there is a score");
        } else if (!score && !reason && !problems.has("score")) {
            problems.add("score", "Enter the score, or select why there is no score");
        }
        if (score && v.get("informant") == null) {
            problems.add("informant", "Select who completed the questionnaire");
        }
        if (!score && v.get("informant") != null) {
            problems.add("informant", "Leave who completed it blank when there is no score");
        }
    }

    /**
     * 903 OC2 rules 192 and 193 (intervention received given exactly when a problem was identified) and 158 and 159
     * (intervention offered given exactly when none was received).
     */
    private static void substanceMisuseRules(Map<String, String> v, KindDefinition.Facts facts,
            FieldProblems problems) {
        String identified = v.get("problemIdentified");
        String received = v.get("interventionReceived");
        String offered = v.get("interventionOffered");
        if ("false".equals(identified)) {
            if (received != null) {
                problems.add("interventionReceived", "Leave blank when no problem was identified");
            }
            if (offered != null) {
                problems.add("interventionOffered", "Leave blank when no problem was identified");
            }
            return;
        }
        if ("true".equals(identified) && received == null) {
            problems.add("interventionReceived", "Select whether the child received an intervention");
        }
        if ("true".equals(received) && offered != null) {
            problems.add("interventionOffered", "Leave blank when an intervention was received");
        }
        if ("false".equals(received) && offered == null) {
            problems.add("interventionOffered", "Select whether an intervention was offered");
        }
    }
}
