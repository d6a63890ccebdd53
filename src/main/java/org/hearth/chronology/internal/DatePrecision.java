package org.hearth.chronology.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How much of an event's date is known: old histories are often "spring 2014" or "2009". The stored date is the
 * first day of the month or year, so entries still sort, and the date is always shown no more exactly than known.
 */
public enum DatePrecision {
    DAY("d MMMM yyyy"), MONTH("MMMM yyyy"), YEAR("yyyy");

    private final DateTimeFormatter format;

    DatePrecision(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.UK);
    }

    public String format(LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    /** The date as stored: the first of the month or year when only that is known. */
    public LocalDate normalise(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
