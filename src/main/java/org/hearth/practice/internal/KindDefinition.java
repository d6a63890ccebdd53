package org.hearth.practice.internal;

import org.hearth.shared.FieldProblems;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hearth.practice.ActivityKind;

/**
 * What Hearth records for one kind of activity: its fields in the order asked, the rules between them, and how it
 * reads in one line.
 *
 * @param dateLabel how the date is asked for, e.g. "Date of the visit"
 * @param rule checks between fields, run after each field was checked on its own
 * @param summary one line in words from the checked values, for lists and events
 */
public record KindDefinition(ActivityKind kind, String dateLabel, List<FieldDefinition> fields, CrossFieldRule rule,
        Function<Map<String, String>, String> summary) {

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Rules between a kind's fields, given the values that passed their own checks. */
    @FunctionalInterface
    public interface CrossFieldRule {

        CrossFieldRule NONE = (values, facts, problems) -> {
        };

        void check(Map<String, String> values, Facts facts, FieldProblems problems);
    }

    /**
     * What the rules may depend on besides the fields.
     *
     * @param date the activity's date, or null if it was not valid
     * @param dateOfBirth the child's, or null when not known
     */
    public record Facts(LocalDate date, LocalDate dateOfBirth) {

        /** The child's age in whole years on the activity's date, if both dates are known. */
        Optional<Integer> ageOnDate() {
            if (date == null || dateOfBirth == null) {
                return Optional.empty();
            }
            return Optional.of(java.time.Period.between(dateOfBirth, date).getYears());
        }
    }
}
