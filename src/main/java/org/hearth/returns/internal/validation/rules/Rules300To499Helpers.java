package org.hearth.returns.internal.validation.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.Findings;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/** Small helpers the rules 300 to 499 (and 3001, 392a-d, 1000-1016, 205A-D) share. */
final class Rules300To499Helpers {

    private Rules300To499Helpers() {
    }

    /** Whether the child was under this age on the date (false when either date is unknown). */
    static boolean under(LocalDate dateOfBirth, int years, LocalDate on) {
        return dateOfBirth != null && on != null && on.isBefore(dateOfBirth.plusYears(years));
    }

    /** Whether the child had reached this age on the date (false when either date is unknown). */
    static boolean reached(LocalDate dateOfBirth, int years, LocalDate on) {
        return dateOfBirth != null && on != null && !on.isBefore(dateOfBirth.plusYears(years));
    }

    /** The episode's end, or 31 March when it is still open; null when DEC is filled in but not a date. */
    static LocalDate endOrCollectionEnd(ReturnRow episode, ReturnUnderValidation data) {
        if (episode.isBlank("DEC")) {
            return data.collectionEnd();
        }
        return episode.date("DEC");
    }

    /**
     * Flags each run of a child's consecutive episodes under one of these legal statuses, each starting the day the
     * one before ended, that lasted longer than the limit in days (an open episode runs to 31 March). Used for the
     * short orders 361-364.
     */
    static void longRuns(List<ReturnRow> episodes, Set<String> legalStatuses, long maxDays,
            ReturnUnderValidation data, Findings findings) {
        int runStart = -1;
        LocalDate runFrom = null;
        LocalDate runTo = null;
        for (int i = 0; i <= episodes.size(); i++) {
            ReturnRow episode = i < episodes.size() ? episodes.get(i) : null;
            boolean inRun = episode != null && episode.isOneOf("LS", legalStatuses) && episode.date("DECOM") != null;
            boolean continues = inRun && runStart >= 0 && runTo != null && runTo.equals(episode.date("DECOM"));
            if (!continues && runStart >= 0) {
                if (runTo != null && ChronoUnit.DAYS.between(runFrom, runTo) > maxDays) {
                    for (int j = runStart; j < i; j++) {
                        findings.flag(episodes.get(j));
                    }
                }
                runStart = -1;
            }
            if (inRun) {
                if (runStart < 0) {
                    runStart = i;
                    runFrom = episode.date("DECOM");
                }
                runTo = endOrCollectionEnd(episode, data);
            }
        }
    }

    /**
     * Whether the child is or was UASC by this year's return or last year's (Header UASC 1 or a row in the UASC
     * table). Returns older than last year are not held, so a child UASC two years ago is not known as such.
     */
    static boolean everUasc(String child, ReturnUnderValidation data) {
        if (data.isUasc(child)) {
            return true;
        }
        if (!data.hasPrevious()) {
            return false;
        }
        ReturnRow header = data.previous().first(ReturnTable.HEADER, child);
        return header != null && "1".equals(header.value("UASC"))
                || !data.previous().of(ReturnTable.UASC, child).isEmpty();
    }

    /** A number such as a distance; null when blank or not a number. */
    static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The episode before this one in the child's list, null for the first. */
    static ReturnRow previous(List<ReturnRow> episodes, int index) {
        return index == 0 ? null : episodes.get(index - 1);
    }

    /** The last episode of the child in a list ordered by start date, null when none. */
    static ReturnRow last(List<ReturnRow> episodes) {
        return episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
    }
}
