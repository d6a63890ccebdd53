package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.HEADER;
import static org.hearth.returns.internal.data.ReturnTable.REVIEWS;
import static org.hearth.returns.internal.data.ReturnTable.UASC;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/**
 * The DfE rules 101 to 299 (codes starting 1 or 2, three digits, with 197a/197B). This class holds the rules on the
 * Header, UASC and Reviews tables and those comparing the Header with last year's; the episode rules are in
 * {@link Rules100To299Episodes} and the adoption and outcome (OC2, OC3, AD1, PlacedAdoption) rules in
 * {@link Rules100To299Outcomes}. Where Hearth reads a rule differently from the open validator:
 * docs/903-rules/rules-100-299.md.
 */
public final class Rules100To299 {

    private static final Set<String> UNKNOWN_UPN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    private static final Set<String> UNKNOWN_UPN_2_TO_5 = Set.of("UN2", "UN3", "UN4", "UN5");

    /** A letter other than I, O or S, then 12 digits or 11 digits and a letter; or an unknown code UN1 to UN5. */
    private static final Pattern UPN = Pattern.compile("[A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-Z])|UN[1-5]");

    private Rules100To299() {
    }

    /** 101: sex must be M, F or U (from 2024-25; docs/903.md 2.1). A blank is not valid either. */
    static final ReturnRule SEX_IS_VALID = ReturnRule.eachRow("101", HEADER,
            (row, data) -> !row.isOneOf("SEX", ReturnCodes.SEX));

    /** 102: date of birth must be a real dd/mm/yyyy date. */
    static final ReturnRule DATE_OF_BIRTH_IS_A_DATE = ReturnRule.eachRow("102", HEADER,
            (row, data) -> row.date("DOB") == null);

    /** 103: ethnicity must be one of the DfE's codes; a blank is flagged too ("has not been entered"). */
    static final ReturnRule ETHNICITY_IS_VALID = ReturnRule.eachRow("103", HEADER,
            (row, data) -> !row.isOneOf("ETHNIC", ReturnCodes.ETHNICITY));

    /**
     * 104: the date UASC status ceased, when given, must be a real date, and (as the open validator reads it) not
     * before the collection year: a status that ceased before the year should not be reported.
     */
    static final ReturnRule DATE_UASC_CEASED_IS_A_DATE = ReturnRule.eachRow("104", UASC, (row, data) -> {
        LocalDate duc = row.date("DUC");
        return row.isInvalidDate("DUC") || (duc != null && duc.isBefore(data.collectionStart()));
    });

    /**
     * 105: the Header's UASC status must be 0 or 1. From CSV files Hearth derives it from the UASC table (always 0 or
     * 1), so the rule only finds anything in an XML return, as the open validator intends.
     */
    static final ReturnRule UASC_STATUS_IS_VALID = ReturnRule.eachRow("105", HEADER,
            (row, data) -> !row.isOneOf("UASC", ReturnCodes.YES_NO));

    /**
     * 165: mother status must be 0 or 1 when given; a male child must not have one; and a child who is not male and
     * was looked after during the year (an episode other than short breaks overlapping it) must have one. Reading: the
     * open validator's extra case (a mother status for a care leaver with no episode this year) is left to rule 628,
     * which says exactly that.
     */
    static final ReturnRule MOTHER_STATUS_IS_VALID = ReturnRule.eachRow("165", HEADER, (row, data) -> {
        String mother = row.value("MOTHER");
        String sex = row.value("SEX");
        if (mother != null) {
            return !ReturnCodes.YES_NO.contains(mother) || "M".equals(sex);
        }
        if ("M".equals(sex)) {
            return false;
        }
        for (ReturnRow episode : data.episodes(row.child())) {
            if (!isShortBreak(episode) && data.overlapsYear(episode)) {
                return true;
            }
        }
        return false;
    });

    /** 166: each review's date must be given and real. */
    static final ReturnRule REVIEW_DATE_IS_VALID = ReturnRule.eachRow("166", REVIEWS,
            (row, data) -> row.date("REVIEW") == null);

    /**
     * 167: each review's participation code must be PN0 to PN7. A row with neither review date nor code is left to
     * rule 166 (as the open validator does).
     */
    static final ReturnRule REVIEW_PARTICIPATION_IS_VALID = ReturnRule.eachRow("167", REVIEWS,
            (row, data) -> !(row.isBlank("REVIEW") && row.isBlank("REVIEW_CODE"))
                    && !row.isOneOf("REVIEW_CODE", ReturnCodes.REVIEW_PARTICIPATION));

    /** 168: a UPN, when given, is a letter (not I, O or S) and 12 digits, or 11 digits and a letter, or UN1 to UN5. */
    static final ReturnRule UPN_IS_VALID = ReturnRule.eachRow("168", HEADER,
            (row, data) -> row.isPresent("UPN") && !UPN.matcher(row.value("UPN")).matches());

    /** 171: the date of birth of the mother's child, when given, must be a real date. */
    static final ReturnRule MOTHERS_CHILD_DATE_OF_BIRTH_IS_A_DATE = ReturnRule.eachRow("171", HEADER,
            (row, data) -> row.isInvalidDate("MC_DOB"));

    /** 174: a male child cannot have a date of birth for a child of their own (as a mother). */
    static final ReturnRule MALE_HAS_NO_MOTHERS_CHILD = ReturnRule.eachRow("174", HEADER,
            (row, data) -> "M".equals(row.value("SEX")) && row.isPresent("MC_DOB"));

    /**
     * 202: sex must agree with last year's Header for the same child. A blank in one year and a value in the other
     * disagree. Reading: last year's 1 and 2 (the codes before 2024-25) agree with M and F.
     */
    static final ReturnRule SEX_AGREES_WITH_LAST_YEAR = lastYearHeader("202", (now, last) -> {
        return !Objects.equals(sexCode(now.value("SEX")), sexCode(last.value("SEX")));
    });

    /** 203: date of birth must agree with last year's (as dates when both are real; otherwise as written). */
    static final ReturnRule DATE_OF_BIRTH_AGREES_WITH_LAST_YEAR = lastYearHeader("203", (now, last) -> {
        LocalDate dob = now.date("DOB");
        LocalDate lastDob = last.date("DOB");
        if (dob != null && lastDob != null) {
            return !dob.equals(lastDob);
        }
        return !Objects.equals(now.value("DOB"), last.value("DOB"));
    });

    /** 204: ethnicity must agree with last year's. */
    static final ReturnRule ETHNICITY_AGREES_WITH_LAST_YEAR = lastYearHeader("204",
            (now, last) -> !Objects.equals(now.value("ETHNIC"), last.value("ETHNIC")));

    /**
     * 207: a child recorded as a mother last year, with episodes this year, must still be recorded as a mother (a
     * blank disagrees).
     */
    static final ReturnRule MOTHER_AGREES_WITH_LAST_YEAR = ReturnRule.of("207", (data, findings) -> {
        if (!data.hasPrevious()) {
            return;
        }
        for (ReturnRow now : data.current().rows(HEADER)) {
            ReturnRow last = data.previous().first(HEADER, now.child());
            if (last != null && "1".equals(last.value("MOTHER")) && !"1".equals(now.value("MOTHER"))
                    && !data.episodes(now.child()).isEmpty()) {
                findings.flag(now);
            }
        }
    });

    /**
     * 208: the UPN must agree with last year's. Allowed changes: from blank or an unknown code (UN1-UN5) to a real
     * UPN, and from blank or UN1 (not yet of school age) to UN2-UN5. Any other change is flagged, including blank to
     * UN1, one unknown code to another (other than from UN1), and a real UPN to anything else.
     */
    static final ReturnRule UPN_AGREES_WITH_LAST_YEAR = lastYearHeader("208", (now, last) -> {
        String upn = now.value("UPN");
        String lastUpn = last.value("UPN");
        if (Objects.equals(upn, lastUpn)) {
            return false;
        }
        boolean lastUnknown = lastUpn == null || UNKNOWN_UPN.contains(lastUpn);
        boolean nowKnown = upn != null && !UNKNOWN_UPN.contains(upn);
        if (lastUnknown && nowKnown) {
            return false;
        }
        return !((lastUpn == null || "UN1".equals(lastUpn)) && upn != null && UNKNOWN_UPN_2_TO_5.contains(upn));
    });

    /**
     * 209: a child of school age must not have UPN UN1 (not yet of school age). School age: 4 or older on 31 August
     * before the collection year began (31/08/2025 for 2026-27), as the DfE's logic states.
     */
    static final ReturnRule SCHOOL_AGE_CHILD_IS_NOT_UN1 = ReturnRule.eachRow("209", HEADER, (row, data) -> {
        LocalDate dob = row.date("DOB");
        LocalDate lastAugust = LocalDate.of(data.collectionStart().getYear() - 1, 8, 31);
        return "UN1".equals(row.value("UPN")) && dob != null && !dob.plusYears(4).isAfter(lastAugust);
    });

    /**
     * 210: a child looked after at 31 March whose period of care began more than a week before (on or before 24
     * March) should not have UPN UN4 (newly looked after). Reading: the period of care is the run of abutting
     * episodes ending in the one open at 31 March; the open validator flags the opposite case (UN4 with an episode
     * starting on or after 24 March), which the message allows.
     */
    static final ReturnRule LONGER_LOOKED_AFTER_CHILD_IS_NOT_UN4 = ReturnRule.eachRow("210", HEADER,
            (row, data) -> {
                if (!"UN4".equals(row.value("UPN"))) {
                    return false;
                }
                LocalDate started = startOfCareOpenAtYearEnd(data.episodes(row.child()), data);
                return started != null && !started.isAfter(data.collectionEnd().minusDays(7));
            });

    /**
     * 231: a UASC child (this year's UASC status) is expected to be 11 or older at the end of the year: flagged when
     * born less than 11 years before 31 March. The open validator reads a column that does not exist, so never runs.
     */
    static final ReturnRule UASC_CHILD_IS_OLDER = ReturnRule.eachRow("231", HEADER, (row, data) -> {
        LocalDate dob = row.date("DOB");
        return dob != null && dob.isAfter(data.collectionEnd().minusYears(11)) && data.isUasc(row.child());
    });

    /** 232: sex reported as unknown (U) is queried. */
    static final ReturnRule SEX_IS_KNOWN = ReturnRule.eachRow("232", HEADER,
            (row, data) -> "U".equals(row.value("SEX")));

    public static List<ReturnRule> all() {
        List<ReturnRule> all = new ArrayList<>(List.of(SEX_IS_VALID, DATE_OF_BIRTH_IS_A_DATE, ETHNICITY_IS_VALID,
                DATE_UASC_CEASED_IS_A_DATE, UASC_STATUS_IS_VALID, MOTHER_STATUS_IS_VALID, REVIEW_DATE_IS_VALID,
                REVIEW_PARTICIPATION_IS_VALID, UPN_IS_VALID, MOTHERS_CHILD_DATE_OF_BIRTH_IS_A_DATE,
                MALE_HAS_NO_MOTHERS_CHILD, SEX_AGREES_WITH_LAST_YEAR, DATE_OF_BIRTH_AGREES_WITH_LAST_YEAR,
                ETHNICITY_AGREES_WITH_LAST_YEAR, MOTHER_AGREES_WITH_LAST_YEAR, UPN_AGREES_WITH_LAST_YEAR,
                SCHOOL_AGE_CHILD_IS_NOT_UN1, LONGER_LOOKED_AFTER_CHILD_IS_NOT_UN4, UASC_CHILD_IS_OLDER,
                SEX_IS_KNOWN));
        all.addAll(Rules100To299Episodes.all());
        all.addAll(Rules100To299Outcomes.all());
        return List.copyOf(all);
    }

    /** The old codes (before 2024-25) as the new: 1 male, 2 female. */
    private static String sexCode(String sex) {
        if ("1".equals(sex)) {
            return "M";
        }
        return "2".equals(sex) ? "F" : sex;
    }

    @FunctionalInterface
    private interface Disagreement {
        boolean test(ReturnRow now, ReturnRow last);
    }

    /** Flags this year's Header rows that disagree with last year's row for the same child. */
    private static ReturnRule lastYearHeader(String code, Disagreement disagrees) {
        return ReturnRule.of(code, (data, findings) -> {
            if (!data.hasPrevious()) {
                return;
            }
            for (ReturnRow now : data.current().rows(HEADER)) {
                ReturnRow last = now.child() == null ? null : data.previous().first(HEADER, now.child());
                if (last != null && disagrees.test(now, last)) {
                    findings.flag(now);
                }
            }
        });
    }

    /**
     * The start of the period of care the child is in at 31 March: the episode open then (no end date, or ending
     * after 31 March) and the episodes abutting it before. Null when the child was not looked after at 31 March.
     */
    private static LocalDate startOfCareOpenAtYearEnd(List<ReturnRow> episodes, ReturnUnderValidation data) {
        LocalDate end = data.collectionEnd();
        int open = -1;
        for (int i = episodes.size() - 1; i >= 0; i--) {
            ReturnRow episode = episodes.get(i);
            LocalDate decom = episode.date("DECOM");
            LocalDate dec = episode.date("DEC");
            if (decom != null && !decom.isAfter(end) && (dec == null || dec.isAfter(end))) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        LocalDate start = episodes.get(open).date("DECOM");
        for (int i = open - 1; i >= 0; i--) {
            LocalDate dec = episodes.get(i).date("DEC");
            if (dec == null || !dec.equals(start)) {
                break;
            }
            LocalDate earlier = episodes.get(i).date("DECOM");
            if (earlier == null) {
                break;
            }
            start = earlier;
        }
        return start;
    }
}
