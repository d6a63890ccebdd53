package org.hearth.calendar;

import java.time.LocalDate;
import java.util.List;

import org.hearth.calendar.internal.BankHolidayRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank holidays Hearth knows, year by year, for administrators to check. */
@Service
@Transactional(readOnly = true)
public class BankHolidays {

    private final BankHolidayRepository holidays;

    BankHolidays(BankHolidayRepository holidays) {
        this.holidays = holidays;
    }

    public record Holiday(LocalDate date, String title) {
    }

    public record Year(int year, List<Holiday> holidays) {
    }

    public List<Year> known() {
        return holidays.coveredYears().stream().sorted()
                .map(year -> new Year(year, holidays.inYear(year).stream()
                        .map(h -> new Holiday(h.date(), h.title())).toList()))
                .toList();
    }
}
