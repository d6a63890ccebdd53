package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.AD1;
import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.HEADER;
import static org.hearth.returns.internal.data.ReturnTable.MISSING;
import static org.hearth.returns.internal.data.ReturnTable.OC2;
import static org.hearth.returns.internal.data.ReturnTable.OC3;
import static org.hearth.returns.internal.data.ReturnTable.PLACED_ADOPTION;
import static org.hearth.returns.internal.data.ReturnTable.PREV_PERM;
import static org.hearth.returns.internal.data.ReturnTable.REVIEWS;
import static org.hearth.returns.internal.data.ReturnTable.UASC;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.reached;
import static org.hearth.returns.internal.validation.rules.Rules300To499Helpers.under;
import static org.hearth.returns.internal.validation.ReturnUnderValidation.isShortBreak;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/**
 * The rules 393 to 444 on the Header and Reviews, 3001 and 1000 to 1016 on care leavers and the other tables, and
 * 205A-D comparing UASC status with last year's.
 */
final class Rules300To499Others {

    private Rules300To499Others() {
    }

    private static boolean careLeaverInformation(ReturnRow oc3) {
        return oc3.isPresent("IN_TOUCH") || oc3.isPresent("ACTIV") || oc3.isPresent("ACCOM");
    }

    private static LocalDate dateOfBirth(ReturnRow row, ReturnUnderValidation data) {
        LocalDate own = row.date("DOB");
        return own != null ? own : data.dateOfBirth(row.child());
    }

    private static boolean anyEpisodeNotShortBreak(String child, ReturnUnderValidation data) {
        for (ReturnRow episode : data.episodes(child)) {
            if (!isShortBreak(episode)) {
                return true;
            }
        }
        return false;
    }

    /** 393: a girl (SEX F) looked after other than on short breaks (an episode not V3/V4) has no mother status. */
    static final ReturnRule NO_MOTHER_STATUS = ReturnRule.eachRow("393", HEADER,
            (row, data) -> "F".equals(row.value("SEX")) && row.isBlank("MOTHER") && row.child() != null
                    && anyEpisodeNotShortBreak(row.child(), data));

    /**
     * 399: a child looked after only on short breaks (every episode V3 or V4) has a mother status or a review (date
     * or participation). The Header row, the reviews and the episodes are flagged.
     */
    static final ReturnRule SHORT_BREAKS_WITH_MOTHER_OR_REVIEWS = ReturnRule.eachChild("399", EPISODES,
            (child, episodes, data, findings) -> {
                for (ReturnRow episode : episodes) {
                    if (!isShortBreak(episode)) {
                        return;
                    }
                }
                ReturnRow header = data.header(child);
                boolean mother = header != null && header.isPresent("MOTHER");
                List<ReturnRow> reviews = new ArrayList<>();
                for (ReturnRow review : data.current().of(REVIEWS, child)) {
                    if (review.isPresent("REVIEW") || review.isPresent("REVIEW_CODE")) {
                        reviews.add(review);
                    }
                }
                if (!mother && reviews.isEmpty()) {
                    return;
                }
                episodes.forEach(findings::flag);
                if (mother) {
                    findings.flag(header);
                }
                reviews.forEach(findings::flag);
            });

    /**
     * 440: participation PN0 (child under 4) at a review on or after the child's 4th birthday. The open validator lets
     * a review on the birthday itself pass; on that day the child is 4, so Hearth flags it.
     */
    static final ReturnRule PN0_AGED_4 = ReturnRule.eachRow("440", REVIEWS,
            (row, data) -> "PN0".equals(row.value("REVIEW_CODE"))
                    && reached(dateOfBirth(row, data), 4, row.date("REVIEW")));

    private static final Set<String> PARTICIPATION_AGED_4_OR_OVER = Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6",
            "PN7");

    /** 441: participation PN1-PN7 (child 4 or over) at a review before the child's 4th birthday. */
    static final ReturnRule PARTICIPATION_UNDER_4 = ReturnRule.eachRow("441", REVIEWS,
            (row, data) -> row.isOneOf("REVIEW_CODE", PARTICIPATION_AGED_4_OR_OVER)
                    && under(dateOfBirth(row, data), 4, row.date("REVIEW")));

    /** 442: a child looked after other than on short breaks (an episode not V3/V4) has no UPN. */
    static final ReturnRule NO_UPN = ReturnRule.eachRow("442", HEADER,
            (row, data) -> row.isBlank("UPN") && row.child() != null && anyEpisodeNotShortBreak(row.child(), data));

    private static final Set<String> UNKNOWN_UPN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    /** 444: a UPN (other than the unknown codes UN1-UN5) is given for more than one child: every such row is flagged. */
    static final ReturnRule DUPLICATE_UPN = ReturnRule.of("444", (data, findings) -> {
        Map<String, Integer> counts = new HashMap<>();
        for (ReturnRow row : data.current().rows(HEADER)) {
            String upn = row.value("UPN");
            if (upn != null && !UNKNOWN_UPN.contains(upn)) {
                counts.merge(upn, 1, Integer::sum);
            }
        }
        for (ReturnRow row : data.current().rows(HEADER)) {
            String upn = row.value("UPN");
            if (upn != null && counts.getOrDefault(upn, 0) > 1) {
                findings.flag(row);
            }
        }
    });

    /**
     * 3001: a care leaver whose 17th birthday falls in the collection year is accommodated with former foster carers
     * (ACCOM Z1, Z2).
     */
    static final ReturnRule FORMER_FOSTER_CARERS_AT_17 = ReturnRule.eachRow("3001", OC3,
            (row, data) -> {
                LocalDate dob = data.dateOfBirth(row.child());
                if (dob == null) {
                    dob = row.date("DOB");
                }
                return ("Z1".equals(row.value("ACCOM")) || "Z2".equals(row.value("ACCOM"))) && dob != null
                        && data.year().contains(dob.plusYears(17));
            });

    /**
     * 1000: a care leaver whose episodes (this year's, and last year's when given) show death in care (REC E2) has care
     * leaver information.
     */
    static final ReturnRule DIED_IN_CARE_WITH_CARE_LEAVER_INFORMATION = ReturnRule.eachRow("1000", OC3,
            (row, data) -> careLeaverInformation(row) && row.child() != null
                    && (diedIn(data.episodes(row.child()))
                            || data.hasPrevious() && diedIn(data.previous().of(EPISODES, row.child()))));

    private static boolean diedIn(List<ReturnRow> episodes) {
        for (ReturnRow episode : episodes) {
            if ("E2".equals(episode.value("REC"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 1001: a care leaver who is not a relevant or former relevant child: this year's and last year's episodes (short
     * breaks aside) give fewer than 91 days looked after since the 14th birthday or none since the 16th, or care ended
     * in adoption. Young people 20 or over at 31 March, whose time in care may be in returns not held, are not
     * tested; nor is one without a date of birth.
     */
    static final ReturnRule NOT_RELEVANT_CHILD = ReturnRule.eachRow("1001", OC3,
            (row, data) -> {
                String child = row.child();
                LocalDate dob = dateOfBirth(row, data);
                if (child == null || !careLeaverInformation(row) || dob == null
                        || !dob.plusYears(20).isAfter(data.collectionEnd())) {
                    return false;
                }
                List<ReturnRow> episodes = episodesBothYears(child, data);
                if (episodes.isEmpty()) {
                    return true;
                }
                ReturnRow latest = episodes.get(episodes.size() - 1);
                if (latest.isOneOf("REC", ReturnCodes.ADOPTED)) {
                    return true;
                }
                long since14 = 0;
                long since16 = 0;
                for (ReturnRow episode : episodes) {
                    if (isShortBreak(episode)) {
                        continue;
                    }
                    LocalDate decom = episode.date("DECOM");
                    LocalDate end = episode.date("DEC");
                    if (end == null && episode == latest && episode.isBlank("DEC")) {
                        end = data.collectionEnd();
                    }
                    if (decom == null || end == null) {
                        continue;
                    }
                    since14 += daysFrom(decom, end, dob.plusYears(14));
                    since16 += daysFrom(decom, end, dob.plusYears(16));
                }
                return since14 < 91 || since16 < 1;
            });

    private static long daysFrom(LocalDate decom, LocalDate end, LocalDate from) {
        LocalDate start = decom.isBefore(from) ? from : decom;
        return Math.max(0, ChronoUnit.DAYS.between(start, end));
    }

    /** This year's episodes and last year's that this year's do not repeat (same start date), in date order. */
    private static List<ReturnRow> episodesBothYears(String child, ReturnUnderValidation data) {
        List<ReturnRow> current = data.episodes(child);
        List<ReturnRow> all = new ArrayList<>(current);
        if (data.hasPrevious()) {
            Set<LocalDate> starts = new HashSet<>();
            current.forEach(e -> starts.add(e.date("DECOM")));
            for (ReturnRow last : data.previous().of(EPISODES, child)) {
                if (!starts.contains(last.date("DECOM"))) {
                    all.add(last);
                }
            }
            all.sort(java.util.Comparator.comparing((ReturnRow r) -> r.date("DECOM"),
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        }
        return all;
    }

    /** 1002: a care leaver with no episodes this year or last (so never looked after, as far as the returns show). */
    static final ReturnRule CARE_LEAVER_NEVER_LOOKED_AFTER = ReturnRule.eachRow("1002", OC3,
            (row, data) -> row.child() != null && data.episodes(row.child()).isEmpty()
                    && data.previous().of(EPISODES, row.child()).isEmpty());

    /**
     * 1003: the decision that the child should be placed for adoption is before the child first started to be looked
     * after (the earliest episode with RNE S in the return).
     */
    static final ReturnRule DECISION_BEFORE_LOOKED_AFTER = ReturnRule.eachChild("1003", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                ReturnRow firstStart = null;
                for (ReturnRow episode : data.episodes(child)) {
                    if ("S".equals(episode.value("RNE")) && episode.date("DECOM") != null) {
                        firstStart = episode;
                        break;
                    }
                }
                if (firstStart == null) {
                    return;
                }
                for (ReturnRow decision : decisions) {
                    LocalDate placed = decision.date("DATE_PLACED");
                    if (placed != null && placed.isBefore(firstStart.date("DECOM"))) {
                        findings.flag(decision, "DATE_PLACED");
                        findings.flag(firstStart, "DECOM", "RNE");
                    }
                }
            });

    /** 1004: the start of a missing or away episode is blank or not a real date. */
    static final ReturnRule MISSING_START_NOT_A_DATE = ReturnRule.eachRow("1004", MISSING,
            (row, data) -> row.date("MIS_START") == null);

    /** 1005: the end of a missing or away episode is given but not a real date (blank: still missing). */
    static final ReturnRule MISSING_END_NOT_A_DATE = ReturnRule.eachRow("1005", MISSING,
            (row, data) -> row.isInvalidDate("MIS_END"));

    /** 1006: the missing type is not M (missing) or A (away without authorisation). A blank is left to other rules. */
    static final ReturnRule MISSING_TYPE_INVALID = ReturnRule.eachRow("1006", MISSING,
            (row, data) -> row.isPresent("MISSING") && !row.isOneOf("MISSING", ReturnCodes.MISSING_TYPE));

    /**
     * 1007: a care leaver aged 17 or 18 at 31 March, looked after on their latest birthday (an episode starting on or
     * before it and ending after it, or still open), has care leaver information.
     */
    static final ReturnRule STILL_LOOKED_AFTER_AT_17_OR_18 = ReturnRule.eachRow("1007", OC3,
            (row, data) -> {
                LocalDate dob = dateOfBirth(row, data);
                if (!careLeaverInformation(row) || dob == null || row.child() == null
                        || !reached(dob, 17, data.collectionEnd()) || reached(dob, 19, data.collectionEnd())) {
                    return false;
                }
                int age = ReturnUnderValidation.age(dob, data.collectionEnd());
                LocalDate birthday = dob.plusYears(age);
                for (ReturnRow episode : data.episodes(row.child())) {
                    LocalDate decom = episode.date("DECOM");
                    LocalDate dec = episode.date("DEC");
                    if (decom != null && !decom.isAfter(birthday)
                            && (episode.isBlank("DEC") || dec != null && dec.isAfter(birthday))) {
                        return true;
                    }
                }
                return false;
            });

    /** 1009: the reason for placement change is given but not a valid code. */
    static final ReturnRule REASON_PLACE_CHANGE_INVALID = ReturnRule.eachRow("1009", EPISODES,
            (row, data) -> row.isPresent("REASON_PLACE_CHANGE")
                    && !row.isOneOf("REASON_PLACE_CHANGE", ReturnCodes.REASON_PLACEMENT_CHANGE));

    /**
     * 1010: a care leaver has no episodes this year though last year's last episode was open at 31 March. As the open
     * validator, any OC3 row is tested (care leaver information given or not).
     */
    static final ReturnRule OPEN_LAST_YEAR_NO_EPISODES = ReturnRule.eachRow("1010", OC3,
            (row, data) -> {
                if (row.child() == null || !data.episodes(row.child()).isEmpty()) {
                    return false;
                }
                ReturnRow latest = null;
                for (ReturnRow episode : data.previous().of(EPISODES, row.child())) {
                    if (episode.date("DECOM") != null) {
                        latest = episode;
                    }
                }
                return latest != null && latest.isBlank("DEC");
            });

    /** 1011: the child's final episode ended with care taken over by another authority (E3) but care leaver information is given. */
    static final ReturnRule TRANSFERRED_WITH_CARE_LEAVER_INFORMATION = ReturnRule.eachRow("1011", OC3,
            (row, data) -> {
                if (!careLeaverInformation(row) || row.child() == null) {
                    return false;
                }
                List<ReturnRow> episodes = data.episodes(row.child());
                return !episodes.isEmpty() && "E3".equals(episodes.get(episodes.size() - 1).value("REC"));
            });

    private static final List<ReturnTable> NOT_FOR_CARE_LEAVERS_WITHOUT_EPISODES = List.of(PLACED_ADOPTION, MISSING,
            REVIEWS, AD1, PREV_PERM, OC2);

    /**
     * 1012: a child in OC3 with no episodes this year has rows in other tables (placed for adoption, missing, reviews,
     * AD1, previous permanence, OC2). The open validator flags any child without episodes, OC3 or not; Hearth keeps to
     * the message's OC3 children. Nothing is tested when no episodes were supplied at all.
     */
    static final ReturnRule OTHER_DATA_FOR_CARE_LEAVER = ReturnRule.of("1012", (data, findings) -> {
        if (!data.current().has(EPISODES)) {
            return;
        }
        for (String child : data.current().byChild(OC3).keySet()) {
            if (!data.episodes(child).isEmpty()) {
                continue;
            }
            for (ReturnTable table : NOT_FOR_CARE_LEAVERS_WITHOUT_EPISODES) {
                for (ReturnRow row : data.current().of(table, child)) {
                    findings.flag(row, "CHILD");
                }
            }
        }
    });

    /**
     * 1014: a UASC child (in the UASC table) with care leaver information and no episode overlapping the collection
     * year (a care leaver): the UASC row and the OC3 row are flagged.
     */
    static final ReturnRule UASC_FOR_CARE_LEAVER = ReturnRule.eachChild("1014", UASC,
            (child, uascRows, data, findings) -> {
                List<ReturnRow> leaver = new ArrayList<>();
                for (ReturnRow oc3 : data.current().of(OC3, child)) {
                    if (careLeaverInformation(oc3)) {
                        leaver.add(oc3);
                    }
                }
                if (leaver.isEmpty()) {
                    return;
                }
                for (ReturnRow episode : data.episodes(child)) {
                    LocalDate decom = episode.date("DECOM");
                    LocalDate dec = episode.date("DEC");
                    if (decom != null && !decom.isAfter(data.collectionEnd())
                            && (episode.isBlank("DEC") || dec != null && !dec.isBefore(data.collectionStart()))) {
                        return;
                    }
                }
                uascRows.forEach(findings::flag);
                leaver.forEach(findings::flag);
            });

    private static final Set<String> FOSTER_OR_ADOPTION = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4",
            "U5", "U6");

    /**
     * 1015: own provision (PR1), not fostering or adoption and not short breaks, but the placement authority is not
     * the submitting one. Only episodes whose placement authority was derived (postcode found) are tested; without the
     * submitting authority's code nothing is.
     */
    static final ReturnRule OWN_PROVISION_OUTSIDE = ReturnRule.eachRow("1015", EPISODES,
            (row, data) -> data.localAuthority() != null && "PR1".equals(row.value("PLACE_PROVIDER"))
                    && row.isPresent("PLACE") && row.isPresent("LS") && !row.isOneOf("PLACE", FOSTER_OR_ADOPTION)
                    && !isShortBreak(row) && row.isPresent("PL_LA")
                    && !data.localAuthority().equals(row.value("PL_LA")));

    /**
     * 1016: a care leaver aged 17 or 18 at 31 March who ceased to be looked after on or after their 17th birthday has
     * care leaver information.
     */
    static final ReturnRule CEASED_AFTER_BIRTHDAY = ReturnRule.eachRow("1016", OC3,
            (row, data) -> {
                LocalDate dob = dateOfBirth(row, data);
                if (!careLeaverInformation(row) || dob == null || row.child() == null
                        || !reached(dob, 17, data.collectionEnd()) || reached(dob, 19, data.collectionEnd())) {
                    return false;
                }
                for (ReturnRow episode : data.episodes(row.child())) {
                    if (reached(dob, 17, episode.date("DEC"))) {
                        return true;
                    }
                }
                return false;
            });

    /** Whether the child was UASC by last year's return: Header UASC 1, or a row in last year's UASC table. */
    private static boolean uascLastYear(String child, ReturnUnderValidation data) {
        ReturnRow header = data.previous().first(HEADER, child);
        if (header != null && header.isPresent("UASC")) {
            return "1".equals(header.value("UASC"));
        }
        return !data.previous().of(UASC, child).isEmpty();
    }

    /** Whether the child is UASC by this year's Header (derived from the UASC table for CSV, given in XML). */
    private static boolean uascThisYear(String child, ReturnUnderValidation data) {
        ReturnRow header = data.header(child);
        return header != null && "1".equals(header.value("UASC"));
    }

    private static void flagUascAndHeader(ReturnRow uasc, ReturnUnderValidation data,
            org.hearth.returns.internal.validation.Findings findings) {
        findings.flag(uasc);
        ReturnRow header = data.header(uasc.child());
        if (header != null) {
            findings.flag(header);
        }
    }

    /**
     * 205A: UASC last year, not this year, but this year's UASC row has a date ceased, or last year's date ceased is
     * not within last year's collection year.
     */
    static final ReturnRule NO_LONGER_UASC = ReturnRule.of("205A", (data, findings) -> {
        LocalDate lastStart = data.collectionStart().minusYears(1);
        LocalDate lastEnd = data.collectionEnd().minusYears(1);
        for (ReturnRow row : data.current().rows(UASC)) {
            String child = row.child();
            if (child == null || uascThisYear(child, data) || !uascLastYear(child, data)) {
                continue;
            }
            ReturnRow last = data.previous().first(UASC, child);
            LocalDate ceasedLast = last == null ? null : last.date("DUC");
            boolean ceasedLastYear = ceasedLast != null && !ceasedLast.isBefore(lastStart)
                    && !ceasedLast.isAfter(lastEnd);
            if (row.isPresent("DUC") || !ceasedLastYear) {
                flagUascAndHeader(row, data, findings);
            }
        }
    });

    /**
     * 205B: UASC both years, but last year's date UASC ceased is not the 18th birthday, or this year's is neither
     * within this collection year nor last year's date. The date of birth is the child's own (the open validator pairs
     * rows of the two years' tables by position, not by child).
     */
    static final ReturnRule STILL_UASC = ReturnRule.of("205B", (data, findings) -> {
        for (ReturnRow row : data.current().rows(UASC)) {
            String child = row.child();
            if (child == null || !uascThisYear(child, data) || !uascLastYear(child, data)) {
                continue;
            }
            ReturnRow last = data.previous().first(UASC, child);
            LocalDate ceasedLast = last == null ? null : last.date("DUC");
            LocalDate ceased = row.date("DUC");
            LocalDate dob = dateOfBirth(row, data);
            boolean lastIs18th = ceasedLast != null && dob != null && ceasedLast.equals(dob.plusYears(18));
            boolean ceasedThisYear = data.year().contains(ceased);
            boolean sameAsLast = ceased != null && ceased.equals(ceasedLast);
            if (!lastIs18th || !ceasedThisYear && !sameAsLast) {
                flagUascAndHeader(row, data, findings);
            }
        }
    });

    /** 205C: not UASC this year nor last, but a date UASC ceased is given in either year. */
    static final ReturnRule NEVER_UASC_WITH_DATE = ReturnRule.of("205C", (data, findings) -> {
        for (ReturnRow row : data.current().rows(UASC)) {
            String child = row.child();
            if (child == null || uascThisYear(child, data) || uascLastYear(child, data)) {
                continue;
            }
            ReturnRow last = data.previous().first(UASC, child);
            if (row.isPresent("DUC") || last != null && last.isPresent("DUC")) {
                flagUascAndHeader(row, data, findings);
            }
        }
    });

    /** 205D: UASC this year, but last year's return has the child and not as UASC. */
    static final ReturnRule NEWLY_UASC = ReturnRule.eachRow("205D", HEADER,
            (row, data) -> row.child() != null && "1".equals(row.value("UASC"))
                    && data.previous().first(HEADER, row.child()) != null && !uascLastYear(row.child(), data));

    static List<ReturnRule> all() {
        return List.of(NO_MOTHER_STATUS, SHORT_BREAKS_WITH_MOTHER_OR_REVIEWS, PN0_AGED_4, PARTICIPATION_UNDER_4,
                NO_UPN, DUPLICATE_UPN, FORMER_FOSTER_CARERS_AT_17, DIED_IN_CARE_WITH_CARE_LEAVER_INFORMATION,
                NOT_RELEVANT_CHILD, CARE_LEAVER_NEVER_LOOKED_AFTER, DECISION_BEFORE_LOOKED_AFTER,
                MISSING_START_NOT_A_DATE, MISSING_END_NOT_A_DATE, MISSING_TYPE_INVALID, STILL_LOOKED_AFTER_AT_17_OR_18,
                REASON_PLACE_CHANGE_INVALID, OPEN_LAST_YEAR_NO_EPISODES, TRANSFERRED_WITH_CARE_LEAVER_INFORMATION,
                OTHER_DATA_FOR_CARE_LEAVER, UASC_FOR_CARE_LEAVER, OWN_PROVISION_OUTSIDE, CEASED_AFTER_BIRTHDAY,
                NO_LONGER_UASC, STILL_UASC, NEVER_UASC_WITH_DATE, NEWLY_UASC);
    }
}
