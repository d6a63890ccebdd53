package org.hearth.returns;

import java.time.LocalDate;

import org.hearth.shared.InvalidInputException;

/**
 * A 903 collection year, named as the DfE and the open validators name it by the year it ends: 2027 is 1 April 2026
 * to 31 March 2027 (docs/903.md section 0).
 */
public record CollectionYear(int endYear) {

    /** The years whose rules Hearth holds (docs/903.md: 2025-26 and 2026-27). */
    public static final int FIRST_SUPPORTED = 2026;
    public static final int LAST_SUPPORTED = 2027;

    /**
     * A year whose rules Hearth holds, from the text a caller gave; the field is named when it is not one.
     */
    public static CollectionYear supported(String text) {
        int year;
        try {
            year = Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "Give the year the collection ends as four digits, for example "
                    + LAST_SUPPORTED);
        }
        if (year < FIRST_SUPPORTED || year > LAST_SUPPORTED) {
            throw InvalidInputException.of("year", "Hearth holds the rules for the " + new CollectionYear(
                    FIRST_SUPPORTED).label() + " and " + new CollectionYear(LAST_SUPPORTED).label()
                    + " returns: give the year the collection ends, " + FIRST_SUPPORTED + " or " + LAST_SUPPORTED);
        }
        return new CollectionYear(year);
    }

    /** 1 April of the year before. */
    public LocalDate start() {
        return LocalDate.of(endYear - 1, 4, 1);
    }

    /** 31 March. */
    public LocalDate end() {
        return LocalDate.of(endYear, 3, 31);
    }

    /** The year before: its return is the "previous year" (the _last tables). */
    public CollectionYear previous() {
        return new CollectionYear(endYear - 1);
    }

    /** "2026-27". */
    public String label() {
        return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(end());
    }
}
