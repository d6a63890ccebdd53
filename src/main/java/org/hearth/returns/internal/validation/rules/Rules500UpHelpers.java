package org.hearth.returns.internal.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.ReturnRule;

/**
 * Small facts the rules 500 and up share: a child's first and last episode, periods of care, whether a date falls in
 * a span. Each works on one child's rows, so the rules stay linear in the size of the return.
 */
final class Rules500UpHelpers {

    /** Placed for adoption (A3 to A6). */
    static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

    /** Adopted (E11, E12). */
    static final Set<String> ADOPTED = Set.of("E11", "E12");

    private Rules500UpHelpers() {
    }

    /** The first dated episode (episodes come in DECOM order, undated last); null when none is dated. */
    static ReturnRow firstDated(List<ReturnRow> episodes) {
        for (ReturnRow episode : episodes) {
            if (episode.date("DECOM") != null) {
                return episode;
            }
        }
        return null;
    }

    /** The last dated episode (latest DECOM); null when none is dated. */
    static ReturnRow lastDated(List<ReturnRow> episodes) {
        for (int i = episodes.size() - 1; i >= 0; i--) {
            if (episodes.get(i).date("DECOM") != null) {
                return episodes.get(i);
            }
        }
        return null;
    }

    /** Last year's latest episode for the child, when last year's return is given and it was still open. */
    static ReturnRow openAtEndOfLastYear(ReturnData previous, String child) {
        if (previous == null) {
            return null;
        }
        ReturnRow last = lastDated(previous.of(ReturnTable.EPISODES, child));
        return last != null && last.isBlank("DEC") ? last : null;
    }

    /**
     * 503A-F, H, J: the first episode this year must carry the same value as last year's episode that was still
     * open at 31 March (docs/903.md: the open validator compares the first episode by DECOM with last year's latest
     * episode when that had no end date). A blank on both sides is the same.
     */
    static ReturnRule sameAsOpenEpisodeLastYear(String code, String field, Set<List<String>> allowedChanges) {
        return ReturnRule.eachChild(code, ReturnTable.EPISODES, (child, episodes, data, findings) -> {
            ReturnRow last = openAtEndOfLastYear(data.previous(), child);
            if (last == null) {
                return;
            }
            ReturnRow first = firstDated(episodes);
            if (first == null) {
                return;
            }
            String now = first.value(field);
            String before = last.value(field);
            if (!Objects.equals(now, before) && !allowedChanges.contains(List.of(String.valueOf(before),
                    String.valueOf(now)))) {
                findings.flag(first);
            }
        });
    }

    /** Whether a date is within a span; a null end means still open. */
    static boolean within(LocalDate date, LocalDate start, LocalDate end) {
        return date != null && start != null && !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** A period of care: consecutive episodes where each starts on the day the one before ended. */
    record PeriodOfCare(LocalDate start, LocalDate end, ReturnRow lastEpisode) {
        boolean open() {
            return end == null;
        }
    }

    /** The child's periods of care in date order (undated episodes left out). */
    static List<PeriodOfCare> periodsOfCare(List<ReturnRow> episodes) {
        List<PeriodOfCare> periods = new ArrayList<>(2);
        LocalDate start = null;
        LocalDate end = null;
        ReturnRow last = null;
        for (ReturnRow episode : episodes) {
            LocalDate decom = episode.date("DECOM");
            if (decom == null) {
                continue;
            }
            if (last != null && end != null && decom.isAfter(end)) {
                periods.add(new PeriodOfCare(start, end, last));
                start = null;
            }
            if (start == null) {
                start = decom;
            }
            end = episode.date("DEC");
            last = episode;
        }
        if (last != null) {
            periods.add(new PeriodOfCare(start, end, last));
        }
        return periods;
    }

    /**
     * Whether the child had ceased to be looked after by the end of the return: the latest episode has an end date
     * and a reason other than X1 (a new episode the same day).
     */
    static boolean ceasedToBeLookedAfter(List<ReturnRow> episodes) {
        ReturnRow last = lastDated(episodes);
        return last != null && last.date("DEC") != null && !"X1".equals(last.value("REC"));
    }

    /** Whether the child is looked after on this date by any episode. */
    static boolean lookedAfterOn(List<ReturnRow> episodes, LocalDate on) {
        for (ReturnRow episode : episodes) {
            LocalDate decom = episode.date("DECOM");
            LocalDate dec = episode.date("DEC");
            if (decom != null && !decom.isAfter(on) && (dec == null || dec.isAfter(on))) {
                return true;
            }
        }
        return false;
    }

    /** Two fields hold the same date, or, where either is not a date, the same text. */
    static boolean sameDateOrText(ReturnRow a, String fieldA, ReturnRow b, String fieldB) {
        LocalDate da = a.date(fieldA);
        LocalDate db = b.date(fieldB);
        if (da != null && db != null) {
            return da.equals(db);
        }
        return Objects.equals(a.value(fieldA), b.value(fieldB));
    }
}
