package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.DOLO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.validation.ReturnRule;
import org.hearth.returns.internal.validation.ReturnUnderValidation;
import org.hearth.returns.internal.validation.Findings;

/** Rules 700 to 710: Deprivation of Liberty Orders (DoLo, from 2026-27). */
final class Rules500UpDolo {

    private Rules500UpDolo() {
    }

    private static final Comparator<ReturnRow> BY_START = Comparator
            .comparing((ReturnRow r) -> r.date("DOLO_START"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ReturnRow::line);

    /** 700: the DoLO start date is a real dd/mm/yyyy date. Reading: it is required, so a blank is flagged too. */
    static final ReturnRule START_IS_A_DATE = ReturnRule.eachRow("700", DOLO,
            (row, data) -> row.date("DOLO_START") == null);

    /** 701: the DoLO end date, where given, is a real date (blank while the order is in force). */
    static final ReturnRule END_IS_A_DATE = ReturnRule.eachRow("701", DOLO,
            (row, data) -> row.isInvalidDate("DOLO_END"));

    /** 702: a DoLO does not end before it starts. */
    static final ReturnRule ENDS_AFTER_START = ReturnRule.eachRow("702", DOLO, (row, data) -> {
        LocalDate start = row.date("DOLO_START");
        LocalDate end = row.date("DOLO_END");
        return start != null && end != null && end.isBefore(start);
    });

    /** 703: a DoLO does not start after the collection year. */
    static final ReturnRule STARTS_IN_TIME = ReturnRule.eachRow("703", DOLO, (row, data) -> {
        LocalDate start = row.date("DOLO_START");
        return start != null && start.isAfter(data.collectionEnd());
    });

    /** 704: a DoLO's end date is within the collection year. */
    static final ReturnRule ENDS_IN_YEAR = ReturnRule.eachRow("704", DOLO, (row, data) -> {
        LocalDate end = row.date("DOLO_END");
        return end != null && (end.isBefore(data.collectionStart()) || end.isAfter(data.collectionEnd()));
    });

    /**
     * 705: in start order, a DoLO starts only once the previous one has ended: the previous has an end date and
     * the new one does not start before it.
     */
    static final ReturnRule PREVIOUS_ENDED = ReturnRule.eachChild("705", DOLO, (child, orders, data, findings) -> {
        if (orders.size() < 2) {
            return;
        }
        List<ReturnRow> ordered = new ArrayList<>(orders);
        ordered.sort(BY_START);
        for (int i = 1; i < ordered.size(); i++) {
            ReturnRow order = ordered.get(i);
            ReturnRow previous = ordered.get(i - 1);
            LocalDate start = order.date("DOLO_START");
            LocalDate previousEnd = previous.date("DOLO_END");
            if (start != null && previous.date("DOLO_START") != null
                    && (previous.isBlank("DOLO_END") || (previousEnd != null && start.isBefore(previousEnd)))) {
                findings.flag(order);
            }
        }
    });

    /**
     * 706: a DoLO open at the end of last year appears this year with the same start date. Flags the child's first
     * DoLO this year, or the child when there is none.
     */
    static final ReturnRule OPEN_ORDER_CARRIED_OVER = ReturnRule.of("706", (data, findings) -> {
        for (var child : data.previous().byChild(DOLO).entrySet()) {
            for (ReturnRow last : child.getValue()) {
                LocalDate start = last.date("DOLO_START");
                if (start == null || last.isPresent("DOLO_END")) {
                    continue;
                }
                List<ReturnRow> now = data.current().of(DOLO, child.getKey());
                if (now.stream().noneMatch(o -> start.equals(o.date("DOLO_START")))) {
                    if (now.isEmpty()) {
                        findings.flagChild(child.getKey(), DOLO);
                    } else {
                        findings.flag(now.stream().min(BY_START).orElseThrow());
                    }
                    break;
                }
            }
        }
    });

    /** 707: a child who has ceased to be looked after (latest episode ended, not X1) has no DoLO without an end. */
    static final ReturnRule CLOSED_WHEN_CARE_ENDS = ReturnRule.eachRow("707", DOLO,
            (row, data) -> row.isPresent("DOLO_START") && row.isBlank("DOLO_END")
                    && Rules500UpHelpers.ceasedToBeLookedAfter(data.episodes(row.child())));

    /** 708: a DoLO does not start before the child's date of birth (Header, else the DoLo row's). */
    static final ReturnRule NOT_BEFORE_BIRTH = ReturnRule.eachRow("708", DOLO, (row, data) -> {
        LocalDate start = row.date("DOLO_START");
        LocalDate dob = data.dateOfBirth(row.child()) != null ? data.dateOfBirth(row.child()) : row.date("DOB");
        return start != null && dob != null && start.isBefore(dob);
    });

    /**
     * 709: during a DoLO, the child's episodes are in a children's home (K2) or Z12/Z13. Reading: the placement type
     * is the episode's PLACE (the open validator reads a PLACEMENT column that the return does not have, so never
     * runs); an open DoLO or episode runs to the end of the collection year.
     */
    static final ReturnRule EXPECTED_PLACEMENT = overlapping("709", Set.of("K2", "Z12", "Z13"), false);

    /**
     * 710: during a DoLO, no episode is in a secure children's home (K1), with parents (P1), a young offender
     * institution (R5) or supported accommodation (K3). Reading as 709 for dates and the placement column.
     */
    static final ReturnRule FORBIDDEN_PLACEMENT = overlapping("710", Set.of("K1", "P1", "R5", "K3"), true);

    static List<ReturnRule> all() {
        return List.of(START_IS_A_DATE, END_IS_A_DATE, ENDS_AFTER_START, STARTS_IN_TIME, ENDS_IN_YEAR, PREVIOUS_ENDED,
                OPEN_ORDER_CARRIED_OVER, CLOSED_WHEN_CARE_ENDS, NOT_BEFORE_BIRTH, EXPECTED_PLACEMENT,
                FORBIDDEN_PLACEMENT);
    }

    private static ReturnRule overlapping(String code, Set<String> places, boolean forbidden) {
        return ReturnRule.eachChild(code, DOLO, (child, orders, data, findings) -> {
            List<ReturnRow> episodes = data.episodes(child);
            for (ReturnRow order : orders) {
                checkOrder(order, episodes, places, forbidden, data, findings);
            }
        });
    }

    private static void checkOrder(ReturnRow order, List<ReturnRow> episodes, Set<String> places, boolean forbidden,
            ReturnUnderValidation data, Findings findings) {
        LocalDate start = order.date("DOLO_START");
        if (start == null) {
            return;
        }
        LocalDate end = order.date("DOLO_END") != null ? order.date("DOLO_END") : data.collectionEnd();
        boolean wrong = false;
        for (ReturnRow episode : episodes) {
            LocalDate decom = episode.date("DECOM");
            LocalDate dec = episode.date("DEC");
            boolean overlaps = decom != null && !decom.isAfter(end) && (dec == null || !dec.isBefore(start));
            if (overlaps && episode.isOneOf("PLACE", places) == forbidden) {
                findings.flag(episode, "PLACE");
                wrong = true;
            }
        }
        if (wrong) {
            findings.flag(order);
        }
    }
}
