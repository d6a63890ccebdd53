package org.hearth.codes;

import java.time.LocalDate;
import java.time.Month;

/**
 * A 903 collection year, 1 April to 31 March, named by the year it starts (2026 = 2026-27).
 */
public record CollectionYear(int startYear) {

    public static CollectionYear containing(LocalDate date) {
        return new CollectionYear(date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
