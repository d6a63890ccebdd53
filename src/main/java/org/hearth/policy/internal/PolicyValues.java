package org.hearth.policy.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hearth.policy.PolicyDefinition;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;

/** Checks a new value for a setting against its type and bounds, and puts it in its stored form. */
public final class PolicyValues {

    /** "6 weeks", "3 months", "7 days", "1 year" as well as ISO-8601 "P6W". */
    private static final Pattern WORDS = Pattern.compile("(\\d{1,4})\\s*(day|week|month|year)s?");

    private PolicyValues() {
    }

    /** @return the value as stored (periods in ISO-8601, numbers without spaces, text trimmed) */
    public static String check(PolicyDefinition definition, String value, LocalDate effectiveFrom, String reason,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String normalised = null;
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("value", "Enter the new value"));
        } else {
            try {
                normalised = switch (definition.type()) {
                    case PERIOD -> period(definition, text);
                    case WORKING_DAYS, HOURS, INTEGER -> number(definition, text);
                    case TEXT -> text(definition, text);
                    case DOCUMENT -> document(definition, value);
                };
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("value", e.getMessage()));
            }
        }
        if (effectiveFrom == null) {
            problems.add(new FieldProblem("effectiveFrom", "Enter the date the new value takes effect from"));
        } else if (effectiveFrom.isBefore(today)) {
            problems.add(new FieldProblem("effectiveFrom",
                    "The new value must take effect from today or a later date: past decisions stand as made"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Enter why the setting is changing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return normalised;
    }

    private static String period(PolicyDefinition definition, String text) {
        Period period;
        Matcher words = WORDS.matcher(text.toLowerCase(Locale.UK));
        if (words.matches()) {
            int amount = Integer.parseInt(words.group(1));
            period = switch (words.group(2)) {
                case "day" -> Period.ofDays(amount);
                case "week" -> Period.ofWeeks(amount);
                case "month" -> Period.ofMonths(amount);
                default -> Period.ofYears(amount);
            };
        } else {
            try {
                period = Period.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Enter a period such as 6 weeks, 3 months or 7 days");
            }
        }
        long approximateDays = period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
        if (period.isNegative() || approximateDays < definition.minimum() || approximateDays > definition.maximum()) {
            throw new IllegalArgumentException("Enter a period between " + definition.minimum() + " and "
                    + definition.maximum() + " days");
        }
        return period.toString();
    }

    private static String number(PolicyDefinition definition, String text) {
        int number;
        try {
            number = Integer.parseInt(text.replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Enter a whole number");
        }
        if (number < definition.minimum() || number > definition.maximum()) {
            throw new IllegalArgumentException("Enter a number between " + definition.minimum() + " and "
                    + definition.maximum());
        }
        return String.valueOf(number);
    }

    /** Kept as typed (line breaks matter), with line endings made one kind and no trailing blank lines. */
    private static String document(PolicyDefinition definition, String value) {
        String document = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (document.length() < definition.minimum()) {
            throw new IllegalArgumentException("Enter at least " + definition.minimum() + " characters");
        }
        if (document.length() > definition.maximum()) {
            throw new IllegalArgumentException("Enter at most " + definition.maximum() + " characters");
        }
        return document;
    }

    private static String text(PolicyDefinition definition, String text) {
        if (text.length() > definition.maximum()) {
            throw new IllegalArgumentException("Enter at most " + definition.maximum() + " characters");
        }
        List<String> choices = org.hearth.policy.PolicyCatalogue.choices(definition.key());
        if (!choices.isEmpty()) {
            String choice = text.toUpperCase(Locale.ROOT).replace(' ', '_');
            if (!choices.contains(choice)) {
                throw new IllegalArgumentException("Enter one of " + String.join(", ", choices));
            }
            return choice;
        }
        return text;
    }
}
