package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.AD1;
import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.OC2;
import static org.hearth.returns.internal.data.ReturnTable.OC3;
import static org.hearth.returns.internal.data.ReturnTable.PLACED_ADOPTION;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.AD1_ITEMS;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.OC2_CORE_ITEMS;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.OC2_ITEMS;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.OC3_ITEMS;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.anyBlank;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.anyPresent;
import static org.hearth.returns.internal.validation.rules.Rules100To299Helpers.anyRowHasAny;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.Findings;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/**
 * The rules 101 to 299 on adoption (AD1, PlacedAdoption) and outcomes (OC2 for children looked after for 12 months,
 * OC3 for care leavers); see {@link Rules100To299}.
 */
final class Rules100To299Outcomes {

    private static final Set<String> NUMBER_OF_ADOPTERS = Set.of("1", "2");

    private Rules100To299Outcomes() {
    }

    /** 112: the date the child should be placed for adoption (AD1), when given, must be a real date. */
    static final ReturnRule DATE_SHOULD_BE_PLACED_IS_A_DATE = ReturnRule.eachRow("112", AD1,
            (row, data) -> row.isInvalidDate("DATE_INT"));

    /** 113: the date matched with adopters, when given, must be a real date. */
    static final ReturnRule DATE_MATCHED_IS_A_DATE = ReturnRule.eachRow("113", AD1,
            (row, data) -> row.isInvalidDate("DATE_MATCH"));

    /** 114: adopted by former foster carers, when given, must be 0 or 1. */
    static final ReturnRule FOSTER_CARER_STATUS_IS_VALID = ReturnRule.eachRow("114", AD1,
            (row, data) -> row.isPresent("FOSTER_CARE") && !row.isOneOf("FOSTER_CARE", ReturnCodes.YES_NO));

    /** 115: the date of the decision that the child should be placed for adoption, when given, is a real date. */
    static final ReturnRule DATE_PLACED_IS_A_DATE = ReturnRule.eachRow("115", PLACED_ADOPTION,
            (row, data) -> row.isInvalidDate("DATE_PLACED"));

    /** 116: the date of the decision that the child should no longer be placed, when given, is a real date. */
    static final ReturnRule DATE_PLACED_CEASED_IS_A_DATE = ReturnRule.eachRow("116", PLACED_ADOPTION,
            (row, data) -> row.isInvalidDate("DATE_PLACED_CEASED"));

    /**
     * 117: neither decision date (should / should no longer be placed for adoption) may be after 31 March, nor after
     * the end of the child's latest episode that did not end X1. Reading: the collection-year bound is checked for
     * every decision, also of children with no episodes (the open validator only checks children with episodes).
     */
    static final ReturnRule DECISIONS_NOT_AFTER_YEAR_OR_CARE = ReturnRule.eachRow("117", PLACED_ADOPTION,
            (row, data) -> {
                LocalDate placed = row.date("DATE_PLACED");
                LocalDate ceased = row.date("DATE_PLACED_CEASED");
                LocalDate end = data.collectionEnd();
                if ((placed != null && placed.isAfter(end)) || (ceased != null && ceased.isAfter(end))) {
                    return true;
                }
                LocalDate leftCare = endOfLatestEpisode(data.episodes(row.child()));
                return leftCare != null && ((placed != null && placed.isAfter(leftCare))
                        || (ceased != null && ceased.isAfter(leftCare)));
            });

    /**
     * 118: the date of the decision that the child should no longer be placed for adoption may not be before 1
     * April, nor before the start of the child's earliest episode other than short breaks (V3/V4).
     */
    static final ReturnRule DATE_PLACED_CEASED_NOT_BEFORE_YEAR_OR_CARE = ReturnRule.eachRow("118", PLACED_ADOPTION,
            (row, data) -> {
                LocalDate ceased = row.date("DATE_PLACED_CEASED");
                if (ceased == null) {
                    return false;
                }
                if (ceased.isBefore(data.collectionStart())) {
                    return true;
                }
                for (ReturnRow episode : data.episodes(row.child())) {
                    LocalDate decom = episode.date("DECOM");
                    if (decom != null && !isShortBreak(episode)) {
                        return ceased.isBefore(decom);
                    }
                }
                return false;
            });

    /** 119: the date and the reason of a decision that the child should no longer be placed come together. */
    static final ReturnRule DATE_AND_REASON_PLACED_CEASED_TOGETHER = ReturnRule.eachRow("119", PLACED_ADOPTION,
            (row, data) -> row.isBlank("DATE_PLACED_CEASED") != row.isBlank("REASON_PLACED_CEASED"));

    /** 120: the reason the decision was reversed, when given, must be RD1 to RD4. */
    static final ReturnRule REASON_PLACED_CEASED_IS_VALID = ReturnRule.eachRow("120", PLACED_ADOPTION,
            (row, data) -> row.isPresent("REASON_PLACED_CEASED")
                    && !row.isOneOf("REASON_PLACED_CEASED", ReturnCodes.REASON_PLACED_CEASED));

    /** 131: in touch after leaving care must be a valid code; a blank is invalid too (as the open validator). */
    static final ReturnRule IN_TOUCH_IS_VALID = ReturnRule.eachRow("131", OC3,
            (row, data) -> !row.isOneOf("IN_TOUCH", ReturnCodes.IN_TOUCH));

    /** 132: activity after leaving care must be a valid code (0 when not provided); a blank is invalid. */
    static final ReturnRule ACTIVITY_IS_VALID = ReturnRule.eachRow("132", OC3,
            (row, data) -> !row.isOneOf("ACTIV", ReturnCodes.ACTIVITY));

    /** 133: accommodation after leaving care must be a valid code (0 when not provided); a blank is invalid. */
    static final ReturnRule ACCOMMODATION_IS_VALID = ReturnRule.eachRow("133", OC3,
            (row, data) -> !row.isOneOf("ACCOM", ReturnCodes.ACCOMMODATION));

    /** 134: a child with care leaver (OC3) data should have no adoption (AD1) data: the AD1 row is flagged. */
    static final ReturnRule NO_ADOPTION_FOR_CARE_LEAVERS = ReturnRule.eachRow("134", AD1,
            (row, data) -> anyPresent(row, AD1_ITEMS)
                    && anyRowHasAny(data.current().of(OC3, row.child()), OC3_ITEMS));

    /** 151: the adoption items (AD1) are all given or all blank. */
    static final ReturnRule ADOPTION_ITEMS_ALL_OR_NONE = ReturnRule.eachRow("151", AD1,
            (row, data) -> anyPresent(row, AD1_ITEMS) && anyBlank(row, AD1_ITEMS));

    /** 153: the care leaver items (OC3) are all given or all blank. */
    static final ReturnRule CARE_LEAVER_ITEMS_ALL_OR_NONE = ReturnRule.eachRow("153", OC3,
            (row, data) -> anyPresent(row, OC3_ITEMS) && anyBlank(row, OC3_ITEMS));

    /**
     * 157: SDQ1 (no score as the child is under 4 or over 16) cannot be the reason for a child looked after for 12
     * months who was 4 or over at 1 April and 16 or under at 31 March (16th birthday on or after 31 March) with no
     * score.
     */
    static final ReturnRule SDQ1_ONLY_FOR_AGE = ReturnRule.eachRow("157", OC2, (row, data) -> {
        LocalDate dob = oc2DateOfBirth(row, data);
        return "SDQ1".equals(row.value("SDQ_REASON")) && row.isBlank("SDQ_SCORE") && dob != null
                && !dob.plusYears(4).isAfter(data.collectionStart())
                && !dob.plusYears(16).isBefore(data.collectionEnd())
                && data.continuouslyLookedAfter(row.child());
    });

    /** 158: a child who received an intervention for substance misuse has no answer on whether one was offered. */
    static final ReturnRule OFFERED_BLANK_WHEN_RECEIVED = ReturnRule.eachRow("158", OC2,
            (row, data) -> "1".equals(row.value("INTERVENTION_RECEIVED")) && row.isPresent("INTERVENTION_OFFERED"));

    /**
     * 159: a child with a substance misuse problem who did not receive an intervention must say whether one was
     * offered.
     */
    static final ReturnRule OFFERED_GIVEN_WHEN_NOT_RECEIVED = ReturnRule.eachRow("159", OC2,
            (row, data) -> "1".equals(row.value("SUBSTANCE_MISUSE"))
                    && "0".equals(row.value("INTERVENTION_RECEIVED")) && row.isBlank("INTERVENTION_OFFERED"));

    /** 175: the number of adopters, when given, is 1 or 2. */
    static final ReturnRule NUMBER_OF_ADOPTERS_IS_VALID = ReturnRule.eachRow("175", AD1,
            (row, data) -> row.isPresent("NB_ADOPTR") && !row.isOneOf("NB_ADOPTR", NUMBER_OF_ADOPTERS));

    /** 176: the sex of the adopters, when given, is M1, F1, MM, FF or MF. */
    static final ReturnRule ADOPTER_SEX_IS_VALID = ReturnRule.eachRow("176", AD1,
            (row, data) -> row.isPresent("SEX_ADOPTR") && !row.isOneOf("SEX_ADOPTR", ReturnCodes.ADOPTER_SEX));

    /** 177: the legal status of the adopters, when given, is L0, L11, L12, L2, L3 or L4. */
    static final ReturnRule ADOPTER_LEGAL_STATUS_IS_VALID = ReturnRule.eachRow("177", AD1,
            (row, data) -> row.isPresent("LS_ADOPTR")
                    && !row.isOneOf("LS_ADOPTR", ReturnCodes.ADOPTER_LEGAL_STATUS));

    /** 180: an SDQ score, when given, is a whole number from 0 to 40. */
    static final ReturnRule SDQ_SCORE_IS_VALID = ReturnRule.eachRow("180", OC2, (row, data) -> {
        if (row.isBlank("SDQ_SCORE")) {
            return false;
        }
        Integer score = row.integer("SDQ_SCORE");
        return score == null || score < 0 || score > 40;
    });

    /** 181: the 12-month items (convicted, health, substance misuse), when given, are 0 or 1. */
    static final ReturnRule OC2_ITEMS_ARE_YES_OR_NO = ReturnRule.eachRow("181", OC2, (row, data) -> {
        for (String item : OC2_ITEMS) {
            if (row.isPresent(item) && !row.isOneOf(item, ReturnCodes.YES_NO)) {
                return true;
            }
        }
        return false;
    });

    /**
     * 182: immunisations, teeth check, health assessment and substance misuse must all be given unless every OC2 item
     * is blank. Reading: any of the eight items given makes the four required (the open validator counts only the
     * other four, so one of the four given alone passes there).
     */
    static final ReturnRule OC2_CORE_ITEMS_OR_NONE = ReturnRule.eachRow("182", OC2,
            (row, data) -> anyBlank(row, OC2_CORE_ITEMS) && anyPresent(row, OC2_ITEMS));

    /** 184: the decision that the child should be placed for adoption cannot be before the child's birth (Header). */
    static final ReturnRule DATE_PLACED_NOT_BEFORE_BIRTH = ReturnRule.eachRow("184", PLACED_ADOPTION,
            (row, data) -> {
                LocalDate placed = row.date("DATE_PLACED");
                LocalDate dob = data.dateOfBirth(row.child());
                return placed != null && dob != null && placed.isBefore(dob);
            });

    /** 185: an SDQ score is only for children looked after continuously for 12 months at 31 March. */
    static final ReturnRule SDQ_SCORE_ONLY_FOR_TWELVE_MONTHS = ReturnRule.eachRow("185", OC2,
            (row, data) -> row.isPresent("SDQ_SCORE") && !data.continuouslyLookedAfter(row.child()));

    /**
     * 186: a child looked after for 12 months, aged 4 or over at 1 April and under 17 at 31 March, should have an SDQ
     * score. Reading: flagged when the score is blank, whatever the reason given (the message asks for a score; the
     * open validator flags a blank in either score or reason, so also a score without a reason, which rule 197a says
     * is right).
     */
    static final ReturnRule SDQ_SCORE_FOR_SCHOOL_AGE = ReturnRule.eachRow("186", OC2, (row, data) -> {
        LocalDate dob = oc2DateOfBirth(row, data);
        return row.isBlank("SDQ_SCORE") && dob != null && !dob.plusYears(4).isAfter(data.collectionStart())
                && dob.plusYears(17).isAfter(data.collectionEnd()) && data.continuouslyLookedAfter(row.child());
    });

    /**
     * 187: a child looked after for 12 months at 31 March cannot have adoption (AD1) or care leaver (OC3) data: the
     * rows with any of it are flagged.
     */
    static final ReturnRule NO_ADOPTION_OR_CARE_LEAVER_FOR_TWELVE_MONTHS = ReturnRule.of("187", (data, findings) -> {
        flagRowsWithAny(data, findings, OC3, OC3_ITEMS);
        flagRowsWithAny(data, findings, AD1, AD1_ITEMS);
    });

    /** 188: no SDQ score or reason for a child under 4 at 31 March. */
    static final ReturnRule NO_SDQ_UNDER_FOUR = ReturnRule.eachRow("188", OC2, (row, data) -> {
        LocalDate dob = oc2DateOfBirth(row, data);
        return dob != null && dob.plusYears(4).isAfter(data.collectionEnd())
                && anyPresent(row, "SDQ_SCORE", "SDQ_REASON");
    });

    /** 189: no SDQ score or reason for a child 17 or over at 1 April. */
    static final ReturnRule NO_SDQ_SEVENTEEN_AND_OVER = ReturnRule.eachRow("189", OC2, (row, data) -> {
        LocalDate dob = oc2DateOfBirth(row, data);
        return dob != null && !dob.plusYears(17).isAfter(data.collectionStart())
                && anyPresent(row, "SDQ_SCORE", "SDQ_REASON");
    });

    /** 190: the 12-month items are only for children looked after continuously for 12 months at 31 March. */
    static final ReturnRule OC2_ITEMS_ONLY_FOR_TWELVE_MONTHS = ReturnRule.eachRow("190", OC2,
            (row, data) -> anyPresent(row, OC2_ITEMS) && !data.continuouslyLookedAfter(row.child()));

    /**
     * 191: a child looked after continuously for 12 months at 31 March needs immunisations, teeth check, health
     * assessment and substance misuse given: an OC2 row missing any is flagged, and a child with no OC2 row at all is
     * flagged on the first episode.
     */
    static final ReturnRule OC2_ITEMS_FOR_TWELVE_MONTHS = ReturnRule.of("191", (data, findings) -> {
        for (Map.Entry<String, List<ReturnRow>> child : data.current().byChild(EPISODES).entrySet()) {
            if (!data.continuouslyLookedAfter(child.getKey())) {
                continue;
            }
            List<ReturnRow> oc2 = data.current().of(OC2, child.getKey());
            if (oc2.isEmpty()) {
                findings.flag(child.getValue().get(0));
            }
            for (ReturnRow row : oc2) {
                if (anyBlank(row, OC2_CORE_ITEMS)) {
                    findings.flag(row);
                }
            }
        }
    });

    /** 192: a child with a substance misuse problem must say whether an intervention was received. */
    static final ReturnRule RECEIVED_GIVEN_WHEN_MISUSE = ReturnRule.eachRow("192", OC2,
            (row, data) -> "1".equals(row.value("SUBSTANCE_MISUSE")) && row.isBlank("INTERVENTION_RECEIVED"));

    /** 193: a child without a substance misuse problem (0 or blank) has no intervention items. */
    static final ReturnRule NO_INTERVENTION_WITHOUT_MISUSE = ReturnRule.eachRow("193", OC2,
            (row, data) -> !"1".equals(row.value("SUBSTANCE_MISUSE"))
                    && anyPresent(row, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));

    /** 196: the reason for no SDQ score, when given, is SDQ1 to SDQ5. */
    static final ReturnRule SDQ_REASON_IS_VALID = ReturnRule.eachRow("196", OC2,
            (row, data) -> row.isPresent("SDQ_REASON") && !row.isOneOf("SDQ_REASON", ReturnCodes.SDQ_REASON));

    /**
     * 197B: a child looked after for 12 months who turns 4 or 17 during the year (birthday from 1 April to 31 March)
     * should have an SDQ score or a reason for none.
     */
    static final ReturnRule SDQ_FOR_FOUR_AND_SEVENTEEN = ReturnRule.eachRow("197B", OC2, (row, data) -> {
        LocalDate dob = oc2DateOfBirth(row, data);
        if (dob == null || anyPresent(row, "SDQ_SCORE", "SDQ_REASON")) {
            return false;
        }
        boolean turnsFourOrSeventeen = data.year().contains(dob.plusYears(4))
                || data.year().contains(dob.plusYears(17));
        return turnsFourOrSeventeen && data.continuouslyLookedAfter(row.child());
    });

    /** 197a: no reason for no SDQ score when a score is given. */
    static final ReturnRule NO_SDQ_REASON_WITH_SCORE = ReturnRule.eachRow("197a", OC2,
            (row, data) -> row.isPresent("SDQ_SCORE") && row.isPresent("SDQ_REASON"));

    /** 198: a reason for no SDQ score is only for children looked after continuously for 12 months at 31 March. */
    static final ReturnRule SDQ_REASON_ONLY_FOR_TWELVE_MONTHS = ReturnRule.eachRow("198", OC2,
            (row, data) -> row.isPresent("SDQ_REASON") && !data.continuouslyLookedAfter(row.child()));

    /**
     * 215: a child with care leaver information (OC3) should have none of the 12-month items (OC2): both rows are
     * flagged.
     */
    static final ReturnRule NO_TWELVE_MONTH_ITEMS_FOR_CARE_LEAVERS = ReturnRule.of("215", (data, findings) -> {
        for (ReturnRow oc3 : data.current().rows(OC3)) {
            if (oc3.child() == null || !anyPresent(oc3, OC3_ITEMS)) {
                continue;
            }
            boolean flagged = false;
            for (ReturnRow oc2 : data.current().of(OC2, oc3.child())) {
                if (anyPresent(oc2, OC2_ITEMS)) {
                    findings.flag(oc2);
                    flagged = true;
                }
            }
            if (flagged) {
                findings.flag(oc3);
            }
        }
    });

    static List<ReturnRule> all() {
        return List.of(DATE_SHOULD_BE_PLACED_IS_A_DATE, DATE_MATCHED_IS_A_DATE, FOSTER_CARER_STATUS_IS_VALID,
                DATE_PLACED_IS_A_DATE, DATE_PLACED_CEASED_IS_A_DATE, DECISIONS_NOT_AFTER_YEAR_OR_CARE,
                DATE_PLACED_CEASED_NOT_BEFORE_YEAR_OR_CARE, DATE_AND_REASON_PLACED_CEASED_TOGETHER,
                REASON_PLACED_CEASED_IS_VALID, IN_TOUCH_IS_VALID, ACTIVITY_IS_VALID, ACCOMMODATION_IS_VALID,
                NO_ADOPTION_FOR_CARE_LEAVERS, ADOPTION_ITEMS_ALL_OR_NONE, CARE_LEAVER_ITEMS_ALL_OR_NONE,
                SDQ1_ONLY_FOR_AGE, OFFERED_BLANK_WHEN_RECEIVED, OFFERED_GIVEN_WHEN_NOT_RECEIVED,
                NUMBER_OF_ADOPTERS_IS_VALID, ADOPTER_SEX_IS_VALID, ADOPTER_LEGAL_STATUS_IS_VALID, SDQ_SCORE_IS_VALID,
                OC2_ITEMS_ARE_YES_OR_NO, OC2_CORE_ITEMS_OR_NONE, DATE_PLACED_NOT_BEFORE_BIRTH,
                SDQ_SCORE_ONLY_FOR_TWELVE_MONTHS, SDQ_SCORE_FOR_SCHOOL_AGE, NO_ADOPTION_OR_CARE_LEAVER_FOR_TWELVE_MONTHS,
                NO_SDQ_UNDER_FOUR, NO_SDQ_SEVENTEEN_AND_OVER, OC2_ITEMS_ONLY_FOR_TWELVE_MONTHS,
                OC2_ITEMS_FOR_TWELVE_MONTHS, RECEIVED_GIVEN_WHEN_MISUSE, NO_INTERVENTION_WITHOUT_MISUSE,
                SDQ_REASON_IS_VALID, SDQ_FOR_FOUR_AND_SEVENTEEN, NO_SDQ_REASON_WITH_SCORE,
                SDQ_REASON_ONLY_FOR_TWELVE_MONTHS, NO_TWELVE_MONTH_ITEMS_FOR_CARE_LEAVERS);
    }

    /** The date of birth on the OC2 row, or the Header's when the row has none. */
    private static LocalDate oc2DateOfBirth(ReturnRow row, ReturnUnderValidation data) {
        LocalDate dob = row.date("DOB");
        return dob != null ? dob : data.dateOfBirth(row.child());
    }

    /**
     * The end date of the child's latest episode (by start date) that did not end X1; null when that episode is open
     * or there is none.
     */
    private static LocalDate endOfLatestEpisode(List<ReturnRow> episodes) {
        for (int i = episodes.size() - 1; i >= 0; i--) {
            ReturnRow episode = episodes.get(i);
            if (episode.date("DECOM") != null && !"X1".equals(episode.value("REC"))) {
                return episode.date("DEC");
            }
        }
        return null;
    }

    /** Flags the table's rows with any of the items, of children looked after continuously for 12 months. */
    private static void flagRowsWithAny(ReturnUnderValidation data,
            Findings findings, ReturnTable table, String[] items) {
        for (ReturnRow row : data.current().rows(table)) {
            if (row.child() != null && anyPresent(row, items) && data.continuouslyLookedAfter(row.child())) {
                findings.flag(row);
            }
        }
    }
}
