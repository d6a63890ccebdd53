package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.hearth.practice.ActivityKind;

/** Dates, periods and links as the due items put them. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Wording() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "6 weeks", "3 months", "1 year", "10 days". */
    static String period(Period period) {
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return plural(period.getYears(), "year");
        }
        if (period.getDays() == 0) {
            return plural(period.toTotalMonths(), "month");
        }
        if (period.toTotalMonths() == 0 && period.getDays() % 7 == 0) {
            return plural(period.getDays() / 7, "week");
        }
        return period.toTotalMonths() == 0 ? plural(period.getDays(), "day") : period.toString();
    }

    static String workingDays(int days) {
        return plural(days, "working day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** Where the activity is recorded on the child's record. */
    static String recordPath(UUID childId, ActivityKind kind) {
        return "/children/" + childId + "/activity/" + kind.pathSegment() + "/new";
    }
}
