package org.hearth.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The bank holidays known at one moment, for counting working days without going back to the database: rules that
 * work out thousands of due dates take one of these and use it for all of them.
 *
 * @param holidays England and Wales bank holidays
 * @param coveredYears the years whose holidays are all in {@code holidays}
 */
public record BankHolidayCalendar(Set<LocalDate> holidays, Set<Integer> coveredYears) {

    public BankHolidayCalendar {
        holidays = Set.copyOf(holidays);
        coveredYears = Set.copyOf(coveredYears);
    }

    /** The date {@code workingDays} working days after {@code start}, the start day not counted (0 gives start). */
    public WorkingDate after(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be 0 or more");
        }
        LocalDate date = start;
        boolean holidaysKnown = covers(date);
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            holidaysKnown &= covers(date);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return new WorkingDate(date, holidaysKnown);
    }

    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    public int lastYearCovered() {
        return coveredYears.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
