package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.EPISODES;
import static org.hearth.returns.internal.data.ReturnTable.MISSING;
import static org.hearth.returns.internal.data.ReturnTable.OC2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;
import org.hearth.returns.internal.validation.rules.Rules500UpHelpers.PeriodOfCare;

/** Rules 500 and up about missing or away periods (Missing) and the outcomes of the 12-month cohort (OC2). */
final class Rules500UpMissing {

    private Rules500UpMissing() {
    }

    private static final Comparator<ReturnRow> BY_START = Comparator
            .comparing((ReturnRow r) -> r.date("MIS_START"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ReturnRow::line);

    /** 542: a child under 10 at 31 March has no conviction information. */
    static final ReturnRule NO_CONVICTION_UNDER_10 = ReturnRule.eachRow("542", OC2,
            (row, data) -> row.isPresent("CONVICTED") && ageAtEnd(row, data) >= 0 && ageAtEnd(row, data) < 10);

    /**
     * 543: a child aged 10 or over at 31 March, looked after continuously for 12 months, has conviction information.
     * Reading: a tenth birthday on 31 March counts as 10 (the open validator needs the birthday before 31 March).
     */
    static final ReturnRule CONVICTION_FROM_10 = ReturnRule.eachRow("543", OC2,
            (row, data) -> row.isBlank("CONVICTED") && ageAtEnd(row, data) >= 10
                    && data.continuouslyLookedAfter(row.child()));

    /** 544: with conviction information, immunisations, teeth check, health assessment and substance misuse too. */
    static final ReturnRule CONVICTION_NEEDS_HEALTH = ReturnRule.eachRow("544", OC2,
            (row, data) -> row.isPresent("CONVICTED") && healthIncomplete(row));

    /** 545: a child under 5 at 31 March, looked after continuously for 12 months, has health promotion information. */
    static final ReturnRule HEALTH_CHECK_UNDER_5 = ReturnRule.eachRow("545", OC2, (row, data) -> {
        int age = ageAtEnd(row, data);
        return row.isBlank("HEALTH_CHECK") && age >= 0 && age < 5 && data.continuouslyLookedAfter(row.child());
    });

    /**
     * 546: a child 5 or over at 31 March has no health promotion information. Reading: as the message, whether or
     * not looked after continuously (the open validator also requires that).
     */
    static final ReturnRule NO_HEALTH_CHECK_FROM_5 = ReturnRule.eachRow("546", OC2,
            (row, data) -> row.isPresent("HEALTH_CHECK") && ageAtEnd(row, data) >= 5);

    /** 547: with health promotion information, immunisations, teeth check, health assessment and substance misuse too. */
    static final ReturnRule HEALTH_CHECK_NEEDS_HEALTH = ReturnRule.eachRow("547", OC2,
            (row, data) -> row.isPresent("HEALTH_CHECK") && healthIncomplete(row));

    /** 564: a missing or away period (type given) has a start date. */
    static final ReturnRule MISSING_HAS_START = ReturnRule.eachRow("564", MISSING,
            (row, data) -> row.isPresent("MISSING") && row.isBlank("MIS_START"));

    /** 565: a start date needs the type (missing or away). */
    static final ReturnRule START_NEEDS_TYPE = ReturnRule.eachRow("565", MISSING,
            (row, data) -> row.isPresent("MIS_START") && row.isBlank("MISSING"));

    /** 566: an end date needs the type (missing or away). */
    static final ReturnRule END_NEEDS_TYPE = ReturnRule.eachRow("566", MISSING,
            (row, data) -> row.isPresent("MIS_END") && row.isBlank("MISSING"));

    /** 567: a missing period does not end before it starts. */
    static final ReturnRule ENDS_AFTER_START = ReturnRule.eachRow("567", MISSING, (row, data) -> {
        LocalDate start = row.date("MIS_START");
        LocalDate end = row.date("MIS_END");
        return start != null && end != null && end.isBefore(start);
    });

    /** 570: a missing period does not start after the collection year. */
    static final ReturnRule STARTS_IN_TIME = ReturnRule.eachRow("570", MISSING, (row, data) -> {
        LocalDate start = row.date("MIS_START");
        return start != null && start.isAfter(data.collectionEnd());
    });

    /** 571: a missing period's end date is within the collection year. */
    static final ReturnRule ENDS_IN_YEAR = ReturnRule.eachRow("571", MISSING, (row, data) -> {
        LocalDate end = row.date("MIS_END");
        return end != null && (end.isBefore(data.collectionStart()) || end.isAfter(data.collectionEnd()));
    });

    /**
     * 574: missing periods do not overlap: in start order, each starts after the previous one ended, and the
     * previous one has an end date.
     */
    static final ReturnRule PERIODS_DO_NOT_OVERLAP = ReturnRule.eachChild("574", MISSING,
            (child, periods, data, findings) -> {
                if (periods.size() < 2) {
                    return;
                }
                List<ReturnRow> ordered = new ArrayList<>(periods);
                ordered.sort(BY_START);
                for (int i = 1; i < ordered.size(); i++) {
                    ReturnRow period = ordered.get(i);
                    LocalDate start = period.date("MIS_START");
                    ReturnRow previous = ordered.get(i - 1);
                    LocalDate previousEnd = previous.date("MIS_END");
                    if (start != null && previous.date("MIS_START") != null
                            && (previous.isBlank("MIS_END") || (previousEnd != null && start.isBefore(previousEnd)))) {
                        findings.flag(period);
                    }
                }
            });

    /** 575: a missing period that began during an episode that has ended has an end date too. */
    static final ReturnRule ENDS_WITH_ITS_PLACEMENT = ReturnRule.eachRow("575", MISSING, (row, data) -> {
        LocalDate start = row.date("MIS_START");
        if (start == null || row.isPresent("MIS_END")) {
            return false;
        }
        for (ReturnRow episode : data.episodes(row.child())) {
            LocalDate decom = episode.date("DECOM");
            LocalDate dec = episode.date("DEC");
            if (dec != null && decom != null && !start.isBefore(decom) && !start.isAfter(dec)) {
                return true;
            }
        }
        return false;
    });

    /**
     * 576: a period still open at the end of last year is the child's first period this year, with the same start.
     * Reading: a child with no missing periods this year is flagged as a whole (the open validator only compares
     * children with rows this year).
     */
    static final ReturnRule OPEN_PERIOD_CARRIED_OVER = ReturnRule.of("576", (data, findings) -> {
        for (var child : data.previous().byChild(MISSING).entrySet()) {
            for (ReturnRow last : child.getValue()) {
                if (last.isPresent("MIS_END") || last.date("MIS_START") == null) {
                    continue;
                }
                List<ReturnRow> now = data.current().of(MISSING, child.getKey());
                if (now.isEmpty()) {
                    findings.flagChild(child.getKey(), MISSING);
                } else {
                    ReturnRow first = now.stream().min(BY_START).orElseThrow();
                    if (!last.date("MIS_START").equals(first.date("MIS_START"))) {
                        findings.flag(first);
                    }
                }
                break;
            }
        }
    });

    /**
     * 577: a child who has ceased to be looked after (latest episode ended, not X1) has no missing period without an
     * end date. Reading: the message; the open validator also checks ends against each period of care.
     */
    static final ReturnRule CLOSED_WHEN_CARE_ENDS = ReturnRule.eachRow("577", MISSING,
            (row, data) -> row.isPresent("MIS_START") && row.isBlank("MIS_END")
                    && Rules500UpHelpers.ceasedToBeLookedAfter(data.episodes(row.child())));

    /**
     * 578: a missing period does not start after the child ceased to be looked after: after the end of the period
     * of care in which it would fall. Starts before the first period are 581's concern.
     */
    static final ReturnRule NOT_AFTER_CARE_ENDED = ReturnRule.eachRow("578", MISSING, (row, data) -> {
        LocalDate start = row.date("MIS_START");
        if (start == null) {
            return false;
        }
        PeriodOfCare latestStarted = null;
        for (PeriodOfCare period : Rules500UpHelpers.periodsOfCare(data.episodes(row.child()))) {
            if (!period.start().isAfter(start)) {
                latestStarted = period;
            }
        }
        return latestStarted != null && !latestStarted.open() && start.isAfter(latestStarted.end());
    });

    /**
     * 580: a child missing when care ended at 18 (a missing period ending on the 18th birthday, the day the episode
     * ended) has reason ceased E8. Reading as the open validator, which follows the DfE's logic.
     */
    static final ReturnRule MISSING_AT_18_IS_E8 = ReturnRule.eachRow("580", EPISODES, (row, data) -> {
        LocalDate dec = row.date("DEC");
        if (dec == null || "E8".equals(row.value("REC"))) {
            return false;
        }
        for (ReturnRow missing : data.current().of(MISSING, row.child())) {
            LocalDate dob = missing.date("DOB") != null ? missing.date("DOB") : data.dateOfBirth(row.child());
            if (dob != null && dec.equals(missing.date("MIS_END")) && dec.equals(dob.plusYears(18))) {
                return true;
            }
        }
        return false;
    });

    /**
     * 581: a child is not missing before they started to be looked after (before the first episode's start).
     * Reading: gaps between periods of care are 578's concern; the open validator flags any date outside every
     * episode.
     */
    static final ReturnRule NOT_BEFORE_CARE_STARTED = ReturnRule.eachRow("581", MISSING, (row, data) -> {
        LocalDate start = row.date("MIS_START");
        ReturnRow first = Rules500UpHelpers.firstDated(data.episodes(row.child()));
        return start != null && first != null && start.isBefore(first.date("DECOM"));
    });

    /** 586: a missing period does not start before the child's date of birth (Header, else the Missing row's). */
    static final ReturnRule NOT_BEFORE_BIRTH = ReturnRule.eachRow("586", MISSING, (row, data) -> {
        LocalDate start = row.date("MIS_START");
        LocalDate dob = data.dateOfBirth(row.child()) != null ? data.dateOfBirth(row.child()) : row.date("DOB");
        return start != null && dob != null && start.isBefore(dob);
    });

    static List<ReturnRule> all() {
        return List.of(NO_CONVICTION_UNDER_10, CONVICTION_FROM_10, CONVICTION_NEEDS_HEALTH, HEALTH_CHECK_UNDER_5,
                NO_HEALTH_CHECK_FROM_5, HEALTH_CHECK_NEEDS_HEALTH, MISSING_HAS_START, START_NEEDS_TYPE,
                END_NEEDS_TYPE, ENDS_AFTER_START, STARTS_IN_TIME, ENDS_IN_YEAR, PERIODS_DO_NOT_OVERLAP,
                ENDS_WITH_ITS_PLACEMENT, OPEN_PERIOD_CARRIED_OVER, CLOSED_WHEN_CARE_ENDS, NOT_AFTER_CARE_ENDED,
                MISSING_AT_18_IS_E8, NOT_BEFORE_CARE_STARTED, NOT_BEFORE_BIRTH);
    }

    /** Age at 31 March by the OC2 row's date of birth, else the Header's; -1 when unknown. */
    private static int ageAtEnd(ReturnRow row, ReturnUnderValidation data) {
        LocalDate dob = row.date("DOB") != null ? row.date("DOB") : data.dateOfBirth(row.child());
        return ReturnUnderValidation.age(dob, data.collectionEnd());
    }

    private static boolean healthIncomplete(ReturnRow row) {
        return row.isBlank("IMMUNISATIONS") || row.isBlank("TEETH_CHECK") || row.isBlank("HEALTH_ASSESSMENT")
                || row.isBlank("SUBSTANCE_MISUSE");
    }
}
