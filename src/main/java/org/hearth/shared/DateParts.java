package org.hearth.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The day, month and year boxes of a GOV.UK date input, turned into a date or a message that says what is wrong
 * (following the design system's date input error wording).
 */
public record DateParts(String day, String month, String year) {

    public static DateParts of(LocalDate date) {
        return date == null ? new DateParts("", "", "")
                : new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * @param label how the date is named in messages, e.g. "Date of birth"
     * @return the date, or null when all three boxes are empty
     * @throws InvalidInputException naming {@code field} when the date is incomplete or not real
     */
    public LocalDate toDate(String field, String label) {
        if (isBlank()) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            String missing = blank(day) ? "day" : blank(month) ? "month" : "year";
            throw InvalidInputException.of(field, label + " must include a " + missing);
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2999) {
                throw InvalidInputException.of(field, label + " must have a year with 4 numbers");
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            throw InvalidInputException.of(field, label + " must be a real date");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
