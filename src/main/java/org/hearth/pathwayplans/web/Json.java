package org.hearth.pathwayplans.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.shared.FieldProblem;

/** Reading fields of a JSON request body, each problem named by its field. */
final class Json {

    private final Map<String, Object> body;
    private final String prefix;
    final List<FieldProblem> problems;

    Json(Map<String, Object> body) {
        this(body == null ? Map.of() : body, "", new ArrayList<>());
    }

    private Json(Map<String, Object> body, String prefix, List<FieldProblem> problems) {
        this.body = body;
        this.prefix = prefix;
        this.problems = problems;
    }

    String text(String field) {
        Object value = body.get(field);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problems.add(new FieldProblem(prefix + field, field + " must be a single value"));
            return null;
        }
        return value == null ? null : String.valueOf(value);
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(prefix + field, "The date must be a real date, written yyyy-mm-dd"));
            return null;
        }
    }

    UUID id(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(prefix + field, field + " must be an id"));
            return null;
        }
    }



    /** Each object of a list field, read with field names prefixed {@code field[i].}. */
    List<Json> objects(String field) {
        Object value = body.get(field);
        List<Json> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(new FieldProblem(prefix + field, field + " must be a list"));
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                result.add(new Json(object, prefix + field + "[" + i + "].", problems));
            } else {
                problems.add(new FieldProblem(prefix + field + "[" + i + "]", "Each of " + field
                        + " must be an object"));
            }
        }
        return result;
    }
}
