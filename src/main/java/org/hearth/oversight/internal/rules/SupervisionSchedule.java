package org.hearth.oversight.internal.rules;

import java.time.LocalDate;

import org.hearth.oversight.DueStatus;
import org.hearth.oversight.internal.Timescales;
import org.hearth.supervision.SupervisionDue;

/**
 * When a worker's next one-to-one supervision is due (../shared/docs/domain.md, LGA Employer Standards 2020): at
 * least monthly; a newly qualified worker weekly for their first 6 weeks, then fortnightly to 6 months. An item for
 * the worker's manager rather than for a child.
 */
public final class SupervisionSchedule {

    private SupervisionSchedule() {
    }

    /** The next supervision's date and why; a worker with none recorded is due at once. */
    public record Next(LocalDate dueBy, String why) {

        public DueStatus statusOn(LocalDate today, java.time.Period window) {
            return DueStatus.of(dueBy, today, window);
        }
    }

    public static Next next(SupervisionDue worker, Timescales t, LocalDate today) {
        LocalDate last = worker.lastSessionDate();
        LocalDate qualified = worker.newlyQualifiedSince();
        String lastSaid = last == null ? "No supervision recorded" : "Last supervision " + Wording.date(last);
        if (qualified != null && today.isBefore(qualified.plus(t.newlyQualifiedWeeklyFor()))) {
            LocalDate from = last == null || last.isBefore(qualified) ? qualified : last;
            return new Next(from.plusWeeks(1), lastSaid + "; newly qualified since " + Wording.date(qualified)
                    + ": weekly for the first " + Wording.period(t.newlyQualifiedWeeklyFor()));
        }
        if (qualified != null && today.isBefore(qualified.plus(t.newlyQualifiedFortnightlyUntil()))) {
            LocalDate from = last == null || last.isBefore(qualified) ? qualified : last;
            return new Next(from.plusWeeks(2), lastSaid + "; newly qualified since " + Wording.date(qualified)
                    + ": fortnightly until " + Wording.period(t.newlyQualifiedFortnightlyUntil()) + " in practice");
        }
        if (last == null) {
            return new Next(today, lastSaid + "; supervision at least every " + Wording.period(t.supervision())
                    + " (LGA Employer Standards)");
        }
        return new Next(last.plus(t.supervision()), lastSaid + "; supervision at least every "
                + Wording.period(t.supervision()) + " (LGA Employer Standards)");
    }
}
