package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Working days leave out weekends and the bank holidays Hearth ships (England and Wales, 2018-2027). */
class WorkingDaysTest extends IntegrationTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    void christmasAndNewYearAreNotWorkingDays() {
        // Thu 17 Dec 2026 + 10: Christmas Day (Fri), Boxing Day's substitute (Mon 28) and New Year's Day skipped
        assertThat(workingDays.after(LocalDate.of(2026, 12, 17), 10))
                .isEqualTo(new WorkingDate(LocalDate.of(2027, 1, 5), true));
    }

    @Test
    void theStartDayIsNotCountedAndWeekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(workingDays.after(friday, 0).date()).isEqualTo(friday);
        assertThat(workingDays.after(friday, 1).date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(workingDays.after(friday, 5).date()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void twentyWorkingDaysOverEaster() {
        // Good Friday 26 Mar and Easter Monday 29 Mar 2027 are skipped
        assertThat(workingDays.after(LocalDate.of(2027, 3, 15), 20).date()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 25))).isTrue();
    }

    @Test
    void aDateInAYearWhoseHolidaysAreUnknownSaysSo() {
        WorkingDate date = workingDays.after(LocalDate.of(2027, 12, 20), 10);
        assertThat(date.holidaysKnown()).isFalse();
        // 2027's holidays are still left out: 27 and 28 Dec are substitute days
        assertThat(date.date()).isEqualTo(LocalDate.of(2028, 1, 5));
        assertThat(workingDays.lastYearCovered()).isEqualTo(2027);
        assertThat(workingDays.covers(LocalDate.of(2028, 1, 1))).isFalse();
    }
}
