package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.AD1;
import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.PLACED_ADOPTION;
import static org.hearth.returns.internal.validation.rules.Rules500UpHelpers.ADOPTED;
import static org.hearth.returns.internal.validation.rules.Rules500UpHelpers.PLACED_FOR_ADOPTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnRule;

/** Rules 500 and up about adoptions (AD1) and decisions that a child should be placed for adoption (PlacedAdoption). */
final class Rules500UpAdoption {

    private Rules500UpAdoption() {
    }

    private static final Set<String> COUPLE = Set.of("MM", "FF", "MF");
    private static final Set<String> SINGLE = Set.of("M1", "F1");
    private static final Set<String> SAME_SEX_COUPLE = Set.of("MM", "FF");
    private static final List<String> AD1_DETAILS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
            "SEX_ADOPTR", "LS_ADOPTR");

    /** Decisions in date order (undated last, then file order). */
    private static final Comparator<ReturnRow> BY_DATE_PLACED = Comparator
            .comparing((ReturnRow r) -> r.date("DATE_PLACED"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ReturnRow::line);

    /** 511: two adopters are a couple: sex of adopters MM, FF or MF. */
    static final ReturnRule TWO_ADOPTERS_ARE_A_COUPLE = ReturnRule.eachRow("511", AD1,
            (row, data) -> "2".equals(row.value("NB_ADOPTR")) && !row.isOneOf("SEX_ADOPTR", COUPLE));

    /**
     * 514: a single adopter (L0) is not recorded as a couple. Reading: the message names the number of adopters but
     * the listed fields are legal status and sex, so a sex code other than M1/F1 or two adopters is flagged; a
     * blank sex is left to the validity rule (the open validator flags it here too).
     */
    static final ReturnRule SINGLE_ADOPTER_NOT_A_COUPLE = ReturnRule.eachRow("514", AD1,
            (row, data) -> "L0".equals(row.value("LS_ADOPTR"))
                    && (row.isPresent("SEX_ADOPTR") && !row.isOneOf("SEX_ADOPTR", SINGLE)
                            || "2".equals(row.value("NB_ADOPTR"))));

    /** 517: different-gender unmarried couple (L3) has sex of adopters MF. */
    static final ReturnRule L3_IS_MF = legalStatusNeedsSex("517", "L3", Set.of("MF"));

    /** 518: same-gender unmarried couple (L4) has sex of adopters MM or FF. */
    static final ReturnRule L4_IS_SAME_SEX = legalStatusNeedsSex("518", "L4", SAME_SEX_COUPLE);

    /** 519: civil partners (L2) are a couple: MM, FF or MF. */
    static final ReturnRule L2_IS_A_COUPLE = legalStatusNeedsSex("519", "L2", COUPLE);

    /** 520: a different-gender married couple (L11) is not recorded as a same-sex couple (MM, FF). */
    static final ReturnRule L11_NOT_SAME_SEX = ReturnRule.eachRow("520", AD1,
            (row, data) -> "L11".equals(row.value("LS_ADOPTR")) && row.isOneOf("SEX_ADOPTR", SAME_SEX_COUPLE));

    /** 524: a same-gender married couple (L12) has sex of adopters MM or FF. */
    static final ReturnRule L12_IS_SAME_SEX = legalStatusNeedsSex("524", "L12", SAME_SEX_COUPLE);

    /** 521: the decision that adoption is in the child's interest (AD1 DATE_INT) is on or before each A3-A6 placement. */
    static final ReturnRule DECIDED_BEFORE_PLACED_FOR_ADOPTION = ReturnRule.eachChild("521", AD1,
            (child, adoptions, data, findings) -> {
                for (ReturnRow ad1 : adoptions) {
                    LocalDate decided = ad1.date("DATE_INT");
                    if (decided == null) {
                        continue;
                    }
                    boolean wrong = false;
                    for (ReturnRow episode : data.episodes(child)) {
                        LocalDate decom = episode.date("DECOM");
                        if (episode.isOneOf("PLACE", PLACED_FOR_ADOPTION) && decom != null && decided.isAfter(decom)) {
                            findings.flag(episode);
                            wrong = true;
                        }
                    }
                    if (wrong) {
                        findings.flag(ad1);
                    }
                }
            });

    /** 522: the decision to place for adoption is on or before the decision that it should no longer be. */
    static final ReturnRule DECIDED_BEFORE_REVERSED = ReturnRule.eachRow("522", PLACED_ADOPTION, (row, data) -> {
        LocalDate placed = row.date("DATE_PLACED");
        LocalDate ceased = row.date("DATE_PLACED_CEASED");
        return placed != null && ceased != null && placed.isAfter(ceased);
    });

    /**
     * 523: the decision to place for adoption (PlacedAdoption) is the date adoption was decided in the child's
     * interest (AD1 DATE_INT). Reading: compared with the child's latest decision only, since earlier decisions
     * may have been reversed (the open validator compares every pair).
     */
    static final ReturnRule SAME_DECISION_DATE_AS_AD1 = ReturnRule.eachChild("523", AD1,
            (child, adoptions, data, findings) -> {
                ReturnRow decision = latestDecision(data.current().of(PLACED_ADOPTION, child));
                if (decision == null || decision.date("DATE_PLACED") == null) {
                    return;
                }
                for (ReturnRow ad1 : adoptions) {
                    LocalDate interest = ad1.date("DATE_INT");
                    if (interest != null && !interest.equals(decision.date("DATE_PLACED"))) {
                        findings.flag(decision);
                        findings.flag(ad1);
                    }
                }
            });

    /**
     * 525: a child whose decision to be placed for adoption was reversed cannot be adopted: no adoption details
     * (AD1). Reading: the child's latest decision is the one that counts; an earlier reversed one followed by a new
     * decision is not a contradiction (the open validator flags any reversed decision).
     */
    static final ReturnRule REVERSED_NOT_ADOPTED = ReturnRule.eachChild("525", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                ReturnRow latest = latestDecision(decisions);
                if (latest == null || latest.isBlank("DATE_PLACED_CEASED")) {
                    return;
                }
                for (ReturnRow ad1 : data.current().of(AD1, child)) {
                    if (AD1_DETAILS.stream().anyMatch(ad1::isPresent)) {
                        findings.flag(latest);
                        findings.flag(ad1);
                    }
                }
            });

    /** 551: a child placed for adoption (A3-A6) has a date of the decision that they should be placed. */
    static final ReturnRule PLACED_HAS_DECISION = ReturnRule.eachRow("551", EPISODES,
            (row, data) -> row.isOneOf("PLACE", PLACED_FOR_ADOPTION) && !hasDecisionDate(data.current()
                    .of(PLACED_ADOPTION, row.child())));

    /**
     * 552: the latest decision to place for adoption is on or before the first adoptive placement (A3-A6) this
     * year.
     */
    static final ReturnRule DECIDED_BEFORE_FIRST_ADOPTIVE_PLACEMENT = ReturnRule.eachChild("552", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                ReturnRow decision = latestDecision(decisions);
                if (decision == null || decision.date("DATE_PLACED") == null) {
                    return;
                }
                for (ReturnRow episode : data.episodes(child)) {
                    LocalDate decom = episode.date("DECOM");
                    if (decom != null && episode.isOneOf("PLACE", PLACED_FOR_ADOPTION)) {
                        if (decom.isBefore(decision.date("DATE_PLACED"))) {
                            findings.flag(decision);
                            findings.flag(episode);
                        }
                        return;
                    }
                }
            });

    /**
     * 553: a child with a placement order (LS E1) has a date of decision that they should be placed for adoption.
     * Reading: the message only; the open validator also flags ceased details on a decision while the E1 episode
     * is open, which Hearth leaves to 557/563.
     */
    static final ReturnRule PLACEMENT_ORDER_HAS_DECISION = ReturnRule.eachRow("553", EPISODES,
            (row, data) -> "E1".equals(row.value("LS")) && !hasDecisionDate(data.current().of(PLACED_ADOPTION,
                    row.child())));

    /**
     * 554: the decision to place for adoption is on or before the placement order (the first E1 episode this year).
     * Reading: the child's earliest decision counts; may be wrong where the order was in an earlier year (as the
     * message warns).
     */
    static final ReturnRule DECIDED_BEFORE_PLACEMENT_ORDER = ReturnRule.eachChild("554", EPISODES,
            (child, episodes, data, findings) -> {
                ReturnRow firstOrder = null;
                for (ReturnRow episode : episodes) {
                    if ("E1".equals(episode.value("LS")) && episode.date("DECOM") != null) {
                        firstOrder = episode;
                        break;
                    }
                }
                if (firstOrder == null) {
                    return;
                }
                ReturnRow earliest = null;
                for (ReturnRow decision : data.current().of(PLACED_ADOPTION, child)) {
                    LocalDate placed = decision.date("DATE_PLACED");
                    if (placed != null && (earliest == null || placed.isBefore(earliest.date("DATE_PLACED")))) {
                        earliest = decision;
                    }
                }
                if (earliest != null && earliest.date("DATE_PLACED").isAfter(firstOrder.date("DECOM"))) {
                    findings.flag(firstOrder);
                    findings.flag(earliest);
                }
            });

    /**
     * 557: a child placed for adoption (A3-A6) or with a placement order (E1) who left care other than by adoption
     * (REC not E11, E12 or X1) has their latest decision closed: date and reason it should no longer be placed.
     */
    static final ReturnRule LEFT_CARE_NOT_ADOPTED_DECISION_CLOSED = ReturnRule.eachRow("557", EPISODES,
            (row, data) -> {
                String rec = row.value("REC");
                if (rec == null || "X1".equals(rec) || ADOPTED.contains(rec)
                        || !(row.isOneOf("PLACE", PLACED_FOR_ADOPTION) || "E1".equals(row.value("LS")))) {
                    return false;
                }
                ReturnRow latest = latestDecision(data.current().of(PLACED_ADOPTION, row.child()));
                return latest == null || latest.isBlank("DATE_PLACED_CEASED") || latest.isBlank("REASON_PLACED_CEASED");
            });

    /**
     * 558: an adopted child's (E11, E12) latest decision to be placed for adoption was not reversed: no date it
     * ceased. Reading: the open validator counts ceased dates per year, which does not follow the message.
     */
    static final ReturnRule ADOPTED_DECISION_NOT_REVERSED = ReturnRule.eachRow("558", EPISODES,
            (row, data) -> {
                if (!row.isOneOf("REC", ADOPTED)) {
                    return false;
                }
                ReturnRow latest = latestDecision(data.current().of(PLACED_ADOPTION, row.child()));
                return latest != null && latest.isPresent("DATE_PLACED_CEASED");
            });

    /**
     * 559: a decision dated before this collection year was in last year's return. Reading: last year had a
     * decision date for the child (the open validator: no blank decision date last year).
     */
    static final ReturnRule EARLIER_DECISION_WAS_RETURNED = ReturnRule.eachRow("559", PLACED_ADOPTION,
            (row, data) -> {
                LocalDate placed = row.date("DATE_PLACED");
                if (placed == null || !placed.isBefore(data.collectionStart())) {
                    return false;
                }
                return !hasDecisionDate(data.previous().of(PLACED_ADOPTION, row.child()));
            });

    /**
     * 560: a decision still open last year (no date ceased) is returned again this year with the same date. Flags
     * the child's decisions this year when none carries that date.
     */
    static final ReturnRule OPEN_DECISION_KEEPS_ITS_DATE = ReturnRule.eachChild("560", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                for (ReturnRow last : data.previous().of(PLACED_ADOPTION, child)) {
                    LocalDate placed = last.date("DATE_PLACED");
                    if (placed == null || last.isPresent("DATE_PLACED_CEASED")) {
                        continue;
                    }
                    boolean kept = decisions.stream().anyMatch(d -> placed.equals(d.date("DATE_PLACED")));
                    if (!kept) {
                        decisions.forEach(findings::flag);
                        return;
                    }
                }
            });

    /**
     * 561: a decision reversed last year (date or reason ceased) is not returned this year as still open with the
     * same date. Reading: a row that repeats the ceased details is consistent and passes.
     */
    static final ReturnRule REVERSED_DECISION_NOT_REOPENED = ReturnRule.eachChild("561", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                List<ReturnRow> lastYear = data.previous().of(PLACED_ADOPTION, child);
                for (ReturnRow decision : decisions) {
                    LocalDate placed = decision.date("DATE_PLACED");
                    if (placed == null || decision.isPresent("DATE_PLACED_CEASED")) {
                        continue;
                    }
                    for (ReturnRow last : lastYear) {
                        if (placed.equals(last.date("DATE_PLACED")) && (last.isPresent("DATE_PLACED_CEASED")
                                || last.isPresent("REASON_PLACED_CEASED"))) {
                            findings.flag(decision);
                            break;
                        }
                    }
                }
            });

    /** 563: a decision that the child should no longer be placed (date or reason) needs the decision's own date. */
    static final ReturnRule REVERSAL_NEEDS_DECISION_DATE = ReturnRule.eachRow("563", PLACED_ADOPTION,
            (row, data) -> row.isBlank("DATE_PLACED")
                    && (row.isPresent("DATE_PLACED_CEASED") || row.isPresent("REASON_PLACED_CEASED")));

    /**
     * 579: decisions do not overlap: each new decision comes after the previous one ceased (and the previous one
     * has a date ceased).
     */
    static final ReturnRule DECISIONS_DO_NOT_OVERLAP = ReturnRule.eachChild("579", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                if (decisions.size() < 2) {
                    return;
                }
                List<ReturnRow> ordered = new ArrayList<>(decisions);
                ordered.sort(BY_DATE_PLACED);
                for (int i = 1; i < ordered.size(); i++) {
                    ReturnRow decision = ordered.get(i);
                    LocalDate placed = decision.date("DATE_PLACED");
                    if (placed == null) {
                        continue;
                    }
                    ReturnRow previous = ordered.get(i - 1);
                    LocalDate previousCeased = previous.date("DATE_PLACED_CEASED");
                    if (previous.isBlank("DATE_PLACED_CEASED")
                            || (previousCeased != null && placed.isBefore(previousCeased))) {
                        findings.flag(decision);
                    }
                }
            });

    /** 582: an adoption (E11, E12) is not dated the same day as the match with adopters (AD1 DATE_MATCH). */
    static final ReturnRule ADOPTED_AFTER_MATCH = ReturnRule.eachRow("582", EPISODES, (row, data) -> {
        LocalDate dec = row.date("DEC");
        if (dec == null || !row.isOneOf("REC", ADOPTED)) {
            return false;
        }
        for (ReturnRow ad1 : data.current().of(AD1, row.child())) {
            if (dec.equals(ad1.date("DATE_MATCH"))) {
                return true;
            }
        }
        return false;
    });

    /**
     * 583: with more than one decision, every decision but the latest has a date ceased; two or more open
     * decisions are all flagged.
     */
    static final ReturnRule EARLIER_DECISIONS_REVOKED = ReturnRule.eachChild("583", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                if (decisions.size() < 2) {
                    return;
                }
                ReturnRow latest = latestDecision(decisions);
                long open = decisions.stream().filter(d -> d.isBlank("DATE_PLACED_CEASED")).count();
                for (ReturnRow decision : decisions) {
                    if (decision.isBlank("DATE_PLACED_CEASED") && (decision != latest || open > 1)) {
                        findings.flag(decision);
                    }
                }
            });

    /**
     * 584: when last year's decision had been reversed, a decision this year has a later date than it (or is
     * blank). Reading: a decision with the same date is 561's concern, so only earlier dates and blanks are flagged
     * here (the open validator flags equal dates too).
     */
    static final ReturnRule NEW_DECISION_AFTER_REVERSED_ONE = ReturnRule.eachChild("584", PLACED_ADOPTION,
            (child, decisions, data, findings) -> {
                LocalDate reversed = null;
                for (ReturnRow last : data.previous().of(PLACED_ADOPTION, child)) {
                    LocalDate placed = last.date("DATE_PLACED");
                    if (placed != null && (last.isPresent("DATE_PLACED_CEASED")
                            || last.isPresent("REASON_PLACED_CEASED"))
                            && (reversed == null || placed.isAfter(reversed))) {
                        reversed = placed;
                    }
                }
                if (reversed == null) {
                    return;
                }
                for (ReturnRow decision : decisions) {
                    LocalDate placed = decision.date("DATE_PLACED");
                    if (decision.isBlank("DATE_PLACED") || (placed != null && placed.isBefore(reversed))) {
                        findings.flag(decision);
                    }
                }
            });

    /**
     * 601: a child adopted during the year (episode ending E11/E12 in the year) has all adoption details in AD1.
     * Reading: a child with no AD1 row at all is flagged too (the open validator looks only at children in AD1).
     */
    static final ReturnRule ADOPTED_HAS_DETAILS = ReturnRule.eachRow("601", EPISODES, (row, data) -> {
        if (!adoptedInYear(row, data.collectionStart(), data.collectionEnd())) {
            return false;
        }
        List<ReturnRow> ad1 = data.current().of(AD1, row.child());
        return ad1.isEmpty() || ad1.stream().anyMatch(a -> AD1_DETAILS.stream().anyMatch(a::isBlank));
    });

    /** 602: a child with adoption details (AD1) was adopted during the year by the episodes. */
    static final ReturnRule AD1_NEEDS_ADOPTION = ReturnRule.eachRow("602", AD1, (row, data) -> {
        if (AD1_DETAILS.stream().noneMatch(row::isPresent)) {
            return false;
        }
        for (ReturnRow episode : data.episodes(row.child())) {
            if (adoptedInYear(episode, data.collectionStart(), data.collectionEnd())) {
                return false;
            }
        }
        return true;
    });

    static List<ReturnRule> all() {
        return List.of(TWO_ADOPTERS_ARE_A_COUPLE, SINGLE_ADOPTER_NOT_A_COUPLE, L3_IS_MF, L4_IS_SAME_SEX, L2_IS_A_COUPLE,
                L11_NOT_SAME_SEX, DECIDED_BEFORE_PLACED_FOR_ADOPTION, DECIDED_BEFORE_REVERSED,
                SAME_DECISION_DATE_AS_AD1, L12_IS_SAME_SEX, REVERSED_NOT_ADOPTED, PLACED_HAS_DECISION,
                DECIDED_BEFORE_FIRST_ADOPTIVE_PLACEMENT, PLACEMENT_ORDER_HAS_DECISION, DECIDED_BEFORE_PLACEMENT_ORDER,
                LEFT_CARE_NOT_ADOPTED_DECISION_CLOSED, ADOPTED_DECISION_NOT_REVERSED, EARLIER_DECISION_WAS_RETURNED,
                OPEN_DECISION_KEEPS_ITS_DATE, REVERSED_DECISION_NOT_REOPENED, REVERSAL_NEEDS_DECISION_DATE,
                DECISIONS_DO_NOT_OVERLAP, ADOPTED_AFTER_MATCH, EARLIER_DECISIONS_REVOKED,
                NEW_DECISION_AFTER_REVERSED_ONE, ADOPTED_HAS_DETAILS, AD1_NEEDS_ADOPTION);
    }

    private static ReturnRule legalStatusNeedsSex(String code, String legalStatus, Set<String> sexes) {
        return ReturnRule.eachRow(code, AD1,
                (row, data) -> legalStatus.equals(row.value("LS_ADOPTR")) && !row.isOneOf("SEX_ADOPTR", sexes));
    }

    /** The child's latest decision by date placed (the last undated one if none is dated); null when none. */
    static ReturnRow latestDecision(List<ReturnRow> decisions) {
        ReturnRow latest = null;
        for (ReturnRow decision : decisions) {
            LocalDate placed = decision.date("DATE_PLACED");
            if (placed != null && (latest == null || !placed.isBefore(latest.date("DATE_PLACED")))) {
                latest = decision;
            }
        }
        return latest != null || decisions.isEmpty() ? latest : decisions.get(decisions.size() - 1);
    }

    private static boolean hasDecisionDate(List<ReturnRow> decisions) {
        for (ReturnRow decision : decisions) {
            if (decision.isPresent("DATE_PLACED")) {
                return true;
            }
        }
        return false;
    }

    private static boolean adoptedInYear(ReturnRow episode, LocalDate start, LocalDate end) {
        LocalDate dec = episode.date("DEC");
        return episode.isOneOf("REC", ADOPTED) && dec != null && !dec.isBefore(start) && !dec.isAfter(end);
    }
}
