package org.hearth.calendar;

import java.time.LocalDate;

import org.hearth.calendar.internal.BankHolidayRepository;
import org.springframework.stereotype.Service;

/**
 * Counts working days: not Saturday or Sunday, not an England and Wales bank holiday. "Within 10 working days of
 * 2 May" means by the 10th working day after 2 May, the start day not counted. The list is read once and kept until
 * it changes.
 */
@Service
public class WorkingDays {

    private final BankHolidayRepository holidays;
    private volatile BankHolidayCalendar calendar;

    WorkingDays(BankHolidayRepository holidays) {
        this.holidays = holidays;
    }

    /** The date {@code workingDays} working days after {@code start} (0 gives start itself). */
    public WorkingDate after(LocalDate start, int workingDays) {
        return calendar().after(start, workingDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /** Whether Hearth knows every bank holiday of the date's year. */
    public boolean covers(LocalDate date) {
        return calendar().covers(date);
    }

    /** The last year whose bank holidays are known, for messages ("known to the end of 2027"). */
    public int lastYearCovered() {
        return calendar().lastYearCovered();
    }

    /** The holidays as known now, for working out many dates at once. */
    public BankHolidayCalendar calendar() {
        BankHolidayCalendar known = calendar;
        if (known == null) {
            known = new BankHolidayCalendar(java.util.Set.copyOf(holidays.dates()),
                    java.util.Set.copyOf(holidays.coveredYears()));
            calendar = known;
        }
        return known;
    }

    /** After the list changes (an import, or a test putting it back): read it again at the next calculation. */
    public void forget() {
        calendar = null;
    }
}
