package org.hearth.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/**
 * Reading the fields of a JSON request body (a map, as Jackson reads it) for the API controllers: each value that is
 * not what it should be adds a problem named by its field ({@code actions[2].dueOn}), so that one answer lists them
 * all.
 */
public final class JsonFields {

    private final Map<String, Object> body;
    private final String prefix;
    private final List<FieldProblem> problems;

    public JsonFields(Map<String, Object> body) {
        this(body == null ? Map.of() : body, "", new ArrayList<>());
    }

    private JsonFields(Map<String, Object> body, String prefix, List<FieldProblem> problems) {
        this.body = body;
        this.prefix = prefix;
        this.problems = problems;
    }

    public String text(String field) {
        Object value = body.get(field);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problems.add(new FieldProblem(prefix + field, field + " must be a single value"));
            return null;
        }
        return value == null ? null : String.valueOf(value);
    }

    public LocalDate date(String field) {
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

    public UUID id(String field) {
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

    public List<UUID> ids(String field) {
        Object value = body.get(field);
        List<UUID> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(new FieldProblem(prefix + field, field + " must be a list of ids"));
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            try {
                ids.add(UUID.fromString(String.valueOf(list.get(i))));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(prefix + field + "[" + i + "]", "Each of " + field + " must be an id"));
            }
        }
        return ids;
    }

    public Map<String, String> texts(String field) {
        Object value = body.get(field);
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> texts.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (value != null) {
            problems.add(new FieldProblem(prefix + field, field + " must be an object of text by section"));
        }
        return texts;
    }

    /** Each object of a list field, read with field names prefixed {@code field[i].}. */
    public List<JsonFields> objects(String field) {
        Object value = body.get(field);
        List<JsonFields> result = new ArrayList<>();
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
                result.add(new JsonFields(object, prefix + field + "[" + i + "].", problems));
            } else {
                problems.add(new FieldProblem(prefix + field + "[" + i + "]", "Each of " + field
                        + " must be an object"));
            }
        }
        return result;
    }

    /** What was wrong, so far, in this body and the objects read from it. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
