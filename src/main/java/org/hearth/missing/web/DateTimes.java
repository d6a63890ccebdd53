package org.hearth.missing.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.hearth.missing.internal.MissingRules;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;

/**
 * Date-times as typed: over the API ISO-8601 with an offset ({@code 2026-11-25T22:30:00Z}) or without one (the
 * council's time, {@code 2026-11-25T22:30}); on the pages a GOV.UK date input with hour and minute boxes beside it
 * ({@code startedAtDay}, ... {@code startedAtHour}, {@code startedAtMinute}).
 */
final class DateTimes {

    private DateTimes() {
    }

    static Instant json(Object value, String field, List<FieldProblem> problems) {
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        String text = String.valueOf(value).trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(MissingRules.LONDON).toInstant();
            } catch (DateTimeParseException e2) {
                problems.add(new FieldProblem(field, "The date and time must be real, written yyyy-mm-ddThh:mm"));
                return null;
            }
        }
    }

    /** The form's boxes for {@code field}: null when all are empty, a problem when some are or they are not real. */
    static Instant form(Map<String, String> params, String field, String label, List<FieldProblem> problems) {
        DateParts date = new DateParts(params.get(field + "Day"), params.get(field + "Month"),
                params.get(field + "Year"));
        String hour = params.get(field + "Hour");
        String minute = params.get(field + "Minute");
        boolean timeBlank = blank(hour) && blank(minute);
        if (date.isBlank() && timeBlank) {
            return null;
        }
        LocalDate day;
        try {
            day = date.toDate(field, label);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (day == null) {
            problems.add(new FieldProblem(field, label + " must include a date"));
            return null;
        }
        if (blank(hour)) {
            problems.add(new FieldProblem(field, label + " must include an hour"));
            return null;
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(hour.trim()), blank(minute) ? 0
                    : Integer.parseInt(minute.trim()));
            return day.atTime(time).atZone(MissingRules.LONDON).toInstant();
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new FieldProblem(field, label + " must be a real time, hours 0 to 23 and minutes 0 to 59"));
            return null;
        }
    }

    /** The boxes' values for showing an instant in a form. */
    static void put(Map<String, String> values, String field, Instant instant) {
        if (instant == null) {
            return;
        }
        LocalDateTime t = instant.atZone(MissingRules.LONDON).toLocalDateTime();
        values.put(field + "Day", String.valueOf(t.getDayOfMonth()));
        values.put(field + "Month", String.valueOf(t.getMonthValue()));
        values.put(field + "Year", String.valueOf(t.getYear()));
        values.put(field + "Hour", String.format("%02d", t.getHour()));
        values.put(field + "Minute", String.format("%02d", t.getMinute()));
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.atZone(MissingRules.LONDON).toOffsetDateTime().toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
