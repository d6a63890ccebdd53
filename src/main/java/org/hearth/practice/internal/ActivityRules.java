package org.hearth.practice.internal;

import org.hearth.shared.FieldProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.codes.CodeLists;
import org.hearth.practice.ActivityKind;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks an activity as typed against its kind's definition: the date, each field on its own, then the rules between
 * fields. Every problem names its field, all are reported at once, and nothing is saved if there is one.
 */
@Component
public class ActivityRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CodeLists codes;
    private final Clock clock;

    ActivityRules(CodeLists codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** An activity that passed every check: its date and its fields as text, in the definition's order. */
    public record Checked(LocalDate date, Map<String, String> values) {
    }

    /**
     * @param raw the fields as typed (blank means not given); names not in the definition are ignored, so that what
     *        the API returns can be sent back
     * @param dateOfBirth the child's, or null to skip the checks that need it
     * @param earlier problems found while reading the input (a date that is not a date)
     */
    public Checked check(ActivityKind kind, LocalDate date, Map<String, String> raw, LocalDate dateOfBirth,
            List<FieldProblem> earlier) {
        return check(kind, date, raw, dateOfBirth, earlier, LocalDate.now(clock));
    }

    Checked check(ActivityKind kind, LocalDate date, Map<String, String> raw, LocalDate dateOfBirth,
            List<FieldProblem> earlier, LocalDate today) {
        KindDefinition definition = ActivityDefinitions.of(kind);
        FieldProblems problems = new FieldProblems(earlier);
        String dateLabel = definition.dateLabel();
        if (date == null) {
            problems.add("date", "Enter the " + dateLabel.toLowerCase(Locale.UK));
        } else if (date.isAfter(today)) {
            problems.add("date", dateLabel + " must be today or in the past");
        } else if (dateOfBirth != null && date.isBefore(dateOfBirth)) {
            problems.add("date", dateLabel + " must be on or after the child's date of birth, "
                    + DAY.format(dateOfBirth));
        }
        LocalDate codesOn = date != null && !problems.has("date") ? date : today;
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDefinition field : definition.fields()) {
            String value = raw.get(field.name());
            value = value == null || value.isBlank() ? null : value.trim();
            if (value == null) {
                if (field.required()) {
                    problems.add(field.name(), missing(field));
                }
                continue;
            }
            String checked = checkOne(field, value, codesOn, problems);
            if (checked != null) {
                values.put(field.name(), checked);
            }
        }
        definition.rule().check(values, new KindDefinition.Facts(problems.has("date") ? null : date, dateOfBirth),
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return new Checked(date, values);
    }

    private String checkOne(FieldDefinition field, String value, LocalDate on, FieldProblems problems) {
        String name = field.name();
        switch (field.type()) {
            case CHOICE, YES_NO -> {
                if (field.choices().stream().noneMatch(o -> o.value().equals(value))) {
                    problems.add(name, field.type() == FieldType.YES_NO ? field.label() + " must be yes or no"
                            : field.label() + " must be one of the choices given");
                    return null;
                }
                return value;
            }
            case CODE -> {
                if (!codes.isValid(field.codeField(), value, on)) {
                    problems.add(name, value + " is not a valid " + field.codeField() + " code on "
                            + DAY.format(on));
                    return null;
                }
                return value;
            }
            case WHOLE_NUMBER -> {
                try {
                    int number = Integer.parseInt(value);
                    if (number < field.min() || number > field.max()) {
                        problems.add(name, field.label() + " must be from " + field.min() + " to " + field.max());
                        return null;
                    }
                    return String.valueOf(number);
                } catch (NumberFormatException e) {
                    problems.add(name, field.label() + " must be a whole number, like 12");
                    return null;
                }
            }
            default -> {
                if (value.length() > field.max()) {
                    problems.add(name, field.label().replace(" (optional)", "") + " must be " + field.max()
                            + " characters or fewer");
                    return null;
                }
                return value;
            }
        }
    }

    private static String missing(FieldDefinition field) {
        return switch (field.type()) {
            case CHOICE, YES_NO, CODE -> "Select an answer: " + field.label();
            default -> "Enter the " + lowerFirst(field.label());
        };
    }

    private static String lowerFirst(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
