package org.hearth.pathwayplans.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;

/** Reading form and path values the way every pathway plan page does. */
final class PlanForms {

    private PlanForms() {
    }

    static DateParts parts(Map<String, String> params, String field) {
        return new DateParts(params.get(field + "Day"), params.get(field + "Month"), params.get(field + "Year"));
    }

    static LocalDate date(DateParts parts, String field, String label, List<FieldProblem> problems) {
        try {
            return parts.toDate(field, label);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** An id chosen from a list; anything else is no choice (the service then says what is missing). */
    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("No " + what + " with id " + value);
        }
    }

    static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
