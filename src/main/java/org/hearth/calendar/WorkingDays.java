package org.hearth.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.hearth.calendar.internal.BankHolidayRepository;
import org.springframework.stereotype.Service;

/**
 * Counts working days: not Saturday or Sunday, not an England and Wales bank holiday. "Within 10 working days of
 * 2 May" means by the 10th working day after 2 May, the start day not counted.
 */
@Service
public class WorkingDays {

    private final BankHolidayRepository holidays;
    private volatile Calendar calendar;

    WorkingDays(BankHolidayRepository holidays) {
        this.holidays = holidays;
    }

    /** The date {@code workingDays} working days after {@code start} (0 gives start itself). */
    public WorkingDate after(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be 0 or more");
        }
        Calendar known = calendar();
        LocalDate date = start;
        boolean holidaysKnown = known.covers(date);
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            holidaysKnown &= known.covers(date);
            if (known.isWorkingDay(date)) {
                counted++;
            }
        }
        return new WorkingDate(date, holidaysKnown);
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
        return calendar().coveredYears().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** After the list changes (an import, or a test putting it back): read it again at the next calculation. */
    public void forget() {
        calendar = null;
    }

    private Calendar calendar() {
        Calendar known = calendar;
        if (known == null) {
            known = new Calendar(Set.copyOf(holidays.dates()), Set.copyOf(holidays.coveredYears()));
            calendar = known;
        }
        return known;
    }

    private record Calendar(Set<LocalDate> holidays, Set<Integer> coveredYears) {

        boolean covers(LocalDate date) {
            return coveredYears.contains(date.getYear());
        }

        boolean isWorkingDay(LocalDate date) {
            DayOfWeek day = date.getDayOfWeek();
            return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
        }
    }
}
