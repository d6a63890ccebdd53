package org.hearth.returns.internal.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The return's date form, dd/mm/yyyy (docs/903.md section 1.2), read without a formatter: rules read millions. */
public final class ReturnDates {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private ReturnDates() {
    }

    /** The date, or null when the text is not a real dd/mm/yyyy date. */
    public static LocalDate parse(String text) {
        if (text == null || text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static String format(LocalDate date) {
        return date == null ? null : FORMAT.format(date);
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
