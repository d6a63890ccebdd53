package org.hearth.practice.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.practice.ActivityKind;
import org.hearth.practice.internal.ActivityDefinitions;
import org.hearth.practice.internal.ActivityService;
import org.hearth.practice.internal.FieldDefinition;
import org.hearth.practice.internal.StoredActivity;
import org.hearth.shared.FieldProblem;

/**
 * An activity as the API reads and writes it: one flat JSON object with the date and the kind's fields (numbers and
 * yes/no answers as JSON numbers and booleans), so that what GET returns can be changed and sent back with PUT.
 */
final class ActivityJson {

    private ActivityJson() {
    }

    /** The input in a request body; what cannot be read is a problem naming the field. */
    static ActivityService.Input input(ActivityKind kind, Map<String, Object> body) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = null;
        Object rawDate = body.get("date");
        if (rawDate != null && !String.valueOf(rawDate).isBlank()) {
            try {
                date = LocalDate.parse(String.valueOf(rawDate).trim());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("date", "The date must be a real date, written yyyy-mm-dd"));
            }
        }
        Map<String, String> values = new HashMap<>();
        for (FieldDefinition field : ActivityDefinitions.of(kind).fields()) {
            Object value = body.get(field.name());
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                problems.add(new FieldProblem(field.name(), field.name() + " must be a single value"));
            } else if (value != null) {
                values.put(field.name(), String.valueOf(value));
            }
        }
        return new ActivityService.Input(date, values, problems);
    }

    static Map<String, Object> resource(StoredActivity activity) {
        var view = activity.view();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.id());
        json.put("childId", view.childId());
        json.put("kind", view.kind().name());
        json.put("date", view.date().toString());
        for (FieldDefinition field : ActivityDefinitions.of(view.kind()).fields()) {
            String value = view.detail(field.name());
            json.put(field.name(), value == null ? null : switch (field.type()) {
                case YES_NO -> Boolean.valueOf(value);
                case WHOLE_NUMBER -> Integer.valueOf(value);
                default -> value;
            });
        }
        json.put("summary", activity.summary());
        json.put("enteredInError", activity.enteredInError());
        json.put("enteredInErrorReason", activity.enteredInErrorReason());
        json.put("recordedBy", view.recordedBy());
        json.put("recordedAt", view.recordedAt().toString());
        json.put("changedBy", activity.changedBy());
        json.put("changedAt", activity.changedAt().toString());
        json.put("version", view.version());
        return json;
    }
}
