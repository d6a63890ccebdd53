package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.endOrCollectionEnd;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.longRuns;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.reached;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.under;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/** The rules 300 to 499 about episodes of care on their own or with the child's date of birth. */
final class Rules300To499Episodes {

    private Rules300To499Episodes() {
    }

    /** The Children Act 1989 came into force on 14 October 1991: no episode can start before it (rule 353). */
    private static final LocalDate CHILDREN_ACT_IN_FORCE = LocalDate.of(1991, 10, 14);

    /**
     * 302: the child's first episode starts before the date of birth. Any episode starting before birth is at fault
     * only if it is the first, so the first (earliest) episode is the one read.
     */
    static final ReturnRule FIRST_EPISODE_BEFORE_BIRTH = ReturnRule.eachChild("302", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow first = episodes.get(0);
                LocalDate dob = data.dateOfBirth(child);
                LocalDate decom = first.date("DECOM");
                if (dob != null && decom != null && decom.isBefore(dob)) {
                    findings.flag(first, "DECOM");
                    findings.flag(data.header(child), "DOB");
                }
            });

    /**
     * 352: an episode that starts a period of care (RNE S) starts on or after the child's 18th birthday.
     */
    static final ReturnRule STARTED_CARE_AGED_18 = ReturnRule.eachRow("352", EPISODES,
            (row, data) -> "S".equals(row.value("RNE"))
                    && reached(data.dateOfBirth(row.child()), 18, row.date("DECOM")));

    /** 353: an episode starts before 14 October 1991 (the Children Act 1989 in force). */
    static final ReturnRule STARTED_BEFORE_CHILDREN_ACT = ReturnRule.eachRow("353", EPISODES,
            (row, data) -> row.date("DECOM") != null && row.date("DECOM").isBefore(CHILDREN_ACT_IN_FORCE));

    /**
     * 354: an episode starts after the end of the collection year. The message speaks of the date ceased (DEC), but
     * the field named is DECOM and the open validator tests DECOM; 385 tests DEC.
     */
    static final ReturnRule STARTED_AFTER_YEAR_END = ReturnRule.eachRow("354", EPISODES,
            (row, data) -> row.date("DECOM") != null && row.date("DECOM").isAfter(data.collectionEnd()));

    /** 355: an episode lasted less than 24 hours: it ceased the day it started. */
    static final ReturnRule EPISODE_UNDER_A_DAY = ReturnRule.eachRow("355", EPISODES,
            (row, data) -> row.date("DECOM") != null && row.date("DECOM").equals(row.date("DEC")));

    /** 356: an episode ceased before it started. */
    static final ReturnRule CEASED_BEFORE_STARTED = ReturnRule.eachRow("356", EPISODES,
            (row, data) -> row.date("DECOM") != null && row.date("DEC") != null
                    && row.date("DEC").isBefore(row.date("DECOM")));

    /**
     * 357: the child's first episode starts in this collection year but its reason for new episode is not S. A first
     * episode from before the year may be a continuation of one not in the return, so it is not tested.
     */
    static final ReturnRule FIRST_EPISODE_NOT_S = ReturnRule.eachChild("357", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow first = episodes.get(0);
                LocalDate decom = first.date("DECOM");
                if (decom != null && !decom.isBefore(data.collectionStart()) && !"S".equals(first.value("RNE"))) {
                    findings.flag(first);
                }
            });

    private static final Set<String> YOUTH_JUSTICE_LEGAL_STATUSES = Set.of("J1", "J2", "J3");

    /**
     * 358: a youth justice legal status (J1, J2, J3) for a child under 10 when the episode started. Reading: the
     * child must have turned 10 before the episode started (the open validator flags DECOM on the 10th birthday too,
     * and so does Hearth: "DOB should be before DECOM minus 10 years").
     */
    static final ReturnRule YOUTH_JUSTICE_UNDER_10 = ReturnRule.eachRow("358", EPISODES,
            (row, data) -> {
                LocalDate dob = data.dateOfBirth(row.child());
                LocalDate decom = row.date("DECOM");
                return row.isOneOf("LS", YOUTH_JUSTICE_LEGAL_STATUSES) && dob != null && decom != null
                        && !decom.isAfter(dob.plusYears(10));
            });

    /**
     * 359: a child 18 or over at 31 March whose episode is still open must be accommodated under section 20 (V2) in a
     * children's home (K2). Reading, as the open validator: only episodes open at the year end, and the 18th birthday
     * before 31 March.
     */
    static final ReturnRule OVER_18_NOT_V2_IN_K2 = ReturnRule.eachRow("359", EPISODES,
            (row, data) -> {
                if (row.isPresent("DEC") || "V2".equals(row.value("LS")) && "K2".equals(row.value("PLACE"))) {
                    return false;
                }
                LocalDate dob = data.dateOfBirth(row.child());
                return dob != null && dob.plusYears(18).isBefore(data.collectionEnd());
            });

    /**
     * 361: police protection (L1) lasted more than 72 hours: a run of L1 episodes, each starting the day the one
     * before ended, from first start to last end (31 March when open) over 3 days.
     */
    static final ReturnRule POLICE_PROTECTION_OVER_72_HOURS = ReturnRule.eachChild("361", EPISODES,
            (child, episodes, data, findings) -> longRuns(episodes, Set.of("L1"), 3, data, findings));

    /** 362: an emergency protection order (L2) lasted more than 21 days (a run of L2 episodes, as 361). */
    static final ReturnRule EMERGENCY_PROTECTION_OVER_21_DAYS = ReturnRule.eachChild("362", EPISODES,
            (child, episodes, data, findings) -> longRuns(episodes, Set.of("L2"), 21, data, findings));

    /** 363: a child assessment order (L3) lasted more than 7 days (a run of L3 episodes, as 361). */
    static final ReturnRule CHILD_ASSESSMENT_OVER_7_DAYS = ReturnRule.eachChild("363", EPISODES,
            (child, episodes, data, findings) -> longRuns(episodes, Set.of("L3"), 7, data, findings));

    /**
     * 364: detention under PACE (J2) in LA accommodation lasted too long. The message gives no limit; as the open
     * validator, Hearth takes 21 days for a run of J2 episodes (as 361).
     */
    static final ReturnRule PACE_TOO_LONG = ReturnRule.eachChild("364", EPISODES,
            (child, episodes, data, findings) -> longRuns(episodes, Set.of("J2"), 21, data, findings));

    /** 365: an individual short break (V3) lasted more than 17 days (an open one runs to 31 March). */
    static final ReturnRule SHORT_BREAK_OVER_17_DAYS = ReturnRule.eachRow("365", EPISODES,
            (row, data) -> {
                LocalDate decom = row.date("DECOM");
                LocalDate end = endOrCollectionEnd(row, data);
                return "V3".equals(row.value("LS")) && decom != null && end != null
                        && end.isAfter(decom.plusDays(17));
            });

    /** 366: an individual short break (V3) episode must start a period of care (RNE S): no placement change in it. */
    static final ReturnRule SHORT_BREAK_CHANGED_PLACEMENT = ReturnRule.eachRow("366", EPISODES,
            (row, data) -> "V3".equals(row.value("LS")) && !"S".equals(row.value("RNE")));

    /**
     * 367: more than 75 days of individual short breaks (V3) in the collection year: each V3 episode's days within the
     * year (an open one to 31 March) are added; every V3 episode counted is flagged.
     */
    static final ReturnRule SHORT_BREAKS_OVER_75_DAYS = ReturnRule.eachChild("367", EPISODES,
            (child, episodes, data, findings) -> {
                long total = 0;
                int counted = 0;
                for (ReturnRow episode : episodes) {
                    long days = daysInYear(episode, data);
                    if ("V3".equals(episode.value("LS")) && days > 0) {
                        total += days;
                        counted++;
                    }
                }
                if (total > 75 && counted > 0) {
                    for (ReturnRow episode : episodes) {
                        if ("V3".equals(episode.value("LS")) && daysInYear(episode, data) > 0) {
                            findings.flag(episode);
                        }
                    }
                }
            });

    private static long daysInYear(ReturnRow episode, org.hearth.returns.internal.validation.ReturnUnderValidation data) {
        LocalDate decom = episode.date("DECOM");
        LocalDate end = endOrCollectionEnd(episode, data);
        if (decom == null || end == null) {
            return 0;
        }
        LocalDate from = decom.isBefore(data.collectionStart()) ? data.collectionStart() : decom;
        LocalDate to = end.isAfter(data.collectionEnd()) ? data.collectionEnd() : end;
        return ChronoUnit.DAYS.between(from, to);
    }

    /** A placement only for children of at least an age when the episode started (371-374). */
    private static ReturnRule minimumAgeForPlacement(String code, String place, int years) {
        return ReturnRule.eachRow(code, EPISODES,
                (row, data) -> place.equals(row.value("PLACE"))
                        && under(data.dateOfBirth(row.child()), years, row.date("DECOM")));
    }

    /** 371: a child placed in supported accommodation (K3) was under 16 when the episode started. */
    static final ReturnRule SUPPORTED_ACCOMMODATION_UNDER_16 = minimumAgeForPlacement("371", "K3", 16);

    /** 372: a child placed in a young offender institution (R5) was under 10 when the episode started. */
    static final ReturnRule CUSTODY_UNDER_10 = minimumAgeForPlacement("372", "R5", 10);

    /** 373: a child placed in a residential school (S1) was under 4 when the episode started. */
    static final ReturnRule SCHOOL_UNDER_4 = minimumAgeForPlacement("373", "S1", 4);

    /** 374: a child in residential employment (P3) was under 14 when the episode started. */
    static final ReturnRule EMPLOYMENT_UNDER_14 = minimumAgeForPlacement("374", "P3", 14);

    /** A temporary placement that lasted more than so many days; an open one runs to 31 March (375, 376, 379). */
    private static ReturnRule temporaryPlacementTooLong(String code, String place, int days) {
        return ReturnRule.eachRow(code, EPISODES,
                (row, data) -> {
                    LocalDate decom = row.date("DECOM");
                    LocalDate end = endOrCollectionEnd(row, data);
                    return place.equals(row.value("PLACE")) && decom != null && end != null
                            && end.isAfter(decom.plusDays(days));
                });
    }

    /** 375: a temporary placement in hospital (T1) lasted more than six weeks (42 days). */
    static final ReturnRule HOSPITAL_OVER_SIX_WEEKS = temporaryPlacementTooLong("375", "T1", 42);

    /** 376: a temporary placement while the foster carers are on holiday (T3) lasted more than three weeks. */
    static final ReturnRule CARERS_HOLIDAY_OVER_THREE_WEEKS = temporaryPlacementTooLong("376", "T3", 21);

    /**
     * 377: more than two placements while the usual foster carers are on holiday (T3) in 12 months. Reading: three
     * T3 episodes starting within a year of each other (a rolling 12 months), all three flagged.
     */
    static final ReturnRule THREE_CARERS_HOLIDAYS_IN_A_YEAR = ReturnRule.eachChild("377", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow beforeLast = null;
                ReturnRow last = null;
                java.util.Set<ReturnRow> flagged = new java.util.LinkedHashSet<>();
                for (ReturnRow episode : episodes) {
                    if (!"T3".equals(episode.value("PLACE")) || episode.date("DECOM") == null) {
                        continue;
                    }
                    if (beforeLast != null
                            && episode.date("DECOM").isBefore(beforeLast.date("DECOM").plusYears(1))) {
                        flagged.add(beforeLast);
                        flagged.add(last);
                        flagged.add(episode);
                    }
                    beforeLast = last;
                    last = episode;
                }
                flagged.forEach(findings::flag);
            });

    /** 378: a child placed with parents (P1) cannot be accommodated under a single period of section 20 (V2). */
    static final ReturnRule PARENTS_UNDER_SECTION_20 = ReturnRule.eachRow("378", EPISODES,
            (row, data) -> "P1".equals(row.value("PLACE")) && "V2".equals(row.value("LS")));

    /** 379: a temporary placement for an unspecified reason (T4) lasted more than seven days. */
    static final ReturnRule UNSPECIFIED_TEMPORARY_OVER_SEVEN_DAYS = temporaryPlacementTooLong("379", "T4", 7);

    /**
     * 380: a period of care cannot start with a temporary placement: an episode in T0-T4 must have come from a change
     * of placement (RNE P or B), as the open validator reads the DfE's logic.
     */
    static final ReturnRule CARE_STARTS_TEMPORARY = ReturnRule.eachRow("380", EPISODES,
            (row, data) -> row.isOneOf("PLACE", ReturnCodes.TEMPORARY_PLACEMENTS)
                    && !("P".equals(row.value("RNE")) || "B".equals(row.value("RNE"))));

    /** 381: a period of care cannot end with a temporary placement: a T0-T4 episode that ceased must cease X1. */
    static final ReturnRule CARE_ENDS_TEMPORARY = ReturnRule.eachRow("381", EPISODES,
            (row, data) -> row.isOneOf("PLACE", ReturnCodes.TEMPORARY_PLACEMENTS) && row.isPresent("REC")
                    && !"X1".equals(row.value("REC")));

    /** 382: a child on short breaks (V3, V4) cannot be in a temporary placement (T0-T4). */
    static final ReturnRule SHORT_BREAK_TEMPORARY = ReturnRule.eachRow("382", EPISODES,
            (row, data) -> isShortBreak(row)
                    && row.isOneOf("PLACE", ReturnCodes.TEMPORARY_PLACEMENTS));

    /**
     * 383: after a temporary placement (T0-T4) the child returns to the normal placement: the episode after the
     * temporary one must have RNE P and the placement type and postcode of the episode before it. Only a temporary
     * episode with episodes both before and after it in the return is tested.
     */
    static final ReturnRule TEMPORARY_THEN_BACK = ReturnRule.eachChild("383", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 1; i + 1 < episodes.size(); i++) {
                    ReturnRow before = episodes.get(i - 1);
                    ReturnRow temporary = episodes.get(i);
                    ReturnRow after = episodes.get(i + 1);
                    if (temporary.isOneOf("PLACE", ReturnCodes.TEMPORARY_PLACEMENTS)
                            && (!"P".equals(after.value("RNE"))
                                    || !java.util.Objects.equals(after.value("PLACE"), before.value("PLACE"))
                                    || !java.util.Objects.equals(after.value("PL_POST"), before.value("PL_POST")))) {
                        findings.flag(after);
                    }
                }
            });

    /** 384: a child on short breaks (V3, V4) cannot be in a long-term foster placement (U1, U4). */
    static final ReturnRule SHORT_BREAK_LONG_TERM_FOSTER = ReturnRule.eachRow("384", EPISODES,
            (row, data) -> isShortBreak(row)
                    && ("U1".equals(row.value("PLACE")) || "U4".equals(row.value("PLACE"))));

    /** 385: an episode ceased after the end of the collection year. */
    static final ReturnRule CEASED_AFTER_YEAR_END = ReturnRule.eachRow("385", EPISODES,
            (row, data) -> row.date("DEC") != null && row.date("DEC").isAfter(data.collectionEnd()));

    /** 386: an episode ceased for adoption (E11, E12) on or after the child's 18th birthday. */
    static final ReturnRule ADOPTED_AT_18 = ReturnRule.eachRow("386", EPISODES,
            (row, data) -> row.isOneOf("REC", ReturnCodes.ADOPTED)
                    && reached(data.dateOfBirth(row.child()), 18, row.date("DEC")));

    /** 387: an episode ceased for independent living (E5, E6) before the child's 14th birthday. */
    static final ReturnRule INDEPENDENT_LIVING_UNDER_14 = ReturnRule.eachRow("387", EPISODES,
            (row, data) -> ("E5".equals(row.value("REC")) || "E6".equals(row.value("REC")))
                    && under(data.dateOfBirth(row.child()), 14, row.date("DEC")));

    /**
     * 388: X1 (new episode begins) means the next episode starts the day this one ceased. Flagged: an X1 episode whose
     * next episode starts on another day; an episode that ceased for another reason on the day the next began; and the
     * last episode ceasing X1 (no continuation).
     */
    static final ReturnRule X1_WITHOUT_CONTINUATION = ReturnRule.eachChild("388", EPISODES,
            (child, episodes, data, findings) -> {
                for (int i = 0; i < episodes.size(); i++) {
                    ReturnRow episode = episodes.get(i);
                    LocalDate dec = episode.date("DEC");
                    if (dec == null) {
                        continue;
                    }
                    boolean x1 = "X1".equals(episode.value("REC"));
                    if (i + 1 == episodes.size()) {
                        if (x1) {
                            findings.flag(episode);
                        }
                        continue;
                    }
                    LocalDate next = episodes.get(i + 1).date("DECOM");
                    if (next == null) {
                        continue;
                    }
                    if (x1 ? !dec.equals(next) : episode.isPresent("REC") && dec.equals(next)) {
                        findings.flag(episode);
                    }
                }
            });

    /** 389: an episode ceased for transfer to adult social care (E7) before the child's 16th birthday. */
    static final ReturnRule ADULT_CARE_UNDER_16 = ReturnRule.eachRow("389", EPISODES,
            (row, data) -> "E7".equals(row.value("REC"))
                    && under(data.dateOfBirth(row.child()), 16, row.date("DEC")));

    /** 390: an episode ceased for adoption (E11, E12) but the child was not placed for adoption (A3-A6) in it. */
    static final ReturnRule ADOPTED_NOT_PLACED = ReturnRule.eachRow("390", EPISODES,
            (row, data) -> row.isOneOf("REC", ReturnCodes.ADOPTED)
                    && !row.isOneOf("PLACE", ReturnCodes.PLACED_FOR_ADOPTION));

    static List<ReturnRule> first() {
        return List.of(FIRST_EPISODE_BEFORE_BIRTH, STARTED_CARE_AGED_18, STARTED_BEFORE_CHILDREN_ACT,
                STARTED_AFTER_YEAR_END, EPISODE_UNDER_A_DAY, CEASED_BEFORE_STARTED, FIRST_EPISODE_NOT_S,
                YOUTH_JUSTICE_UNDER_10, OVER_18_NOT_V2_IN_K2, POLICE_PROTECTION_OVER_72_HOURS,
                EMERGENCY_PROTECTION_OVER_21_DAYS, CHILD_ASSESSMENT_OVER_7_DAYS, PACE_TOO_LONG,
                SHORT_BREAK_OVER_17_DAYS, SHORT_BREAK_CHANGED_PLACEMENT, SHORT_BREAKS_OVER_75_DAYS,
                SUPPORTED_ACCOMMODATION_UNDER_16, CUSTODY_UNDER_10, SCHOOL_UNDER_4, EMPLOYMENT_UNDER_14,
                HOSPITAL_OVER_SIX_WEEKS, CARERS_HOLIDAY_OVER_THREE_WEEKS, THREE_CARERS_HOLIDAYS_IN_A_YEAR,
                PARENTS_UNDER_SECTION_20, UNSPECIFIED_TEMPORARY_OVER_SEVEN_DAYS, CARE_STARTS_TEMPORARY,
                CARE_ENDS_TEMPORARY, SHORT_BREAK_TEMPORARY, TEMPORARY_THEN_BACK, SHORT_BREAK_LONG_TERM_FOSTER,
                CEASED_AFTER_YEAR_END, ADOPTED_AT_18, INDEPENDENT_LIVING_UNDER_14, X1_WITHOUT_CONTINUATION,
                ADULT_CARE_UNDER_16, ADOPTED_NOT_PLACED);
    }
}
