package org.hearth.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/** Reading form fields and path values the way every page of Hearth does. */
public final class FormValues {

    private FormValues() {
    }

    /** The day, month and year boxes of a GOV.UK date input named {@code field}. */
    public static DateParts parts(Map<String, String> params, String field) {
        return new DateParts(params.get(field + "Day"), params.get(field + "Month"), params.get(field + "Year"));
    }

    /** The date, or null with its problem added to the list. */
    public static LocalDate date(DateParts parts, String field, String label, List<FieldProblem> problems) {
        try {
            return parts.toDate(field, label);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** An id chosen from a list; anything else is no choice (the service then says what is missing). */
    public static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An id from the path: anything else is a page that does not exist. */
    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("No " + what + " with id " + value);
        }
    }

    /** The version a form was filled in against; -1 when unreadable, which is never current. */
    public static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
