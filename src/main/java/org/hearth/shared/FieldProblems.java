package org.hearth.shared;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far with a form or request, one per field: the first found for a field is the one shown. */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldProblems(List<FieldProblem> earlier) {
        earlier.forEach(p -> add(p.field(), p.message()));
    }

    public void add(String field, String message) {
        if (!has(field)) {
            problems.add(new FieldProblem(field, message));
        }
    }

    /** Typed text that must be given, trimmed; null (with {@code missing} as its problem) when blank. */
    public String requiredText(String value, String field, String missing, int max) {
        String text = optionalText(value, field, max);
        if (text == null) {
            add(field, missing);
        }
        return text;
    }

    /** One of an enum's constants, named by a form or request; null (with {@code missing} as its problem) otherwise. */
    public <E extends Enum<E>> E requiredChoice(Class<E> type, String value, String field, String missing) {
        if (value != null && !value.isBlank()) {
            try {
                return Enum.valueOf(type, value.trim());
            } catch (IllegalArgumentException unknown) {
                // reported as not chosen, below
            }
        }
        add(field, missing);
        return null;
    }

    /** Typed text that may be left out, trimmed; null when blank. */
    public String optionalText(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            add(field, "Must be " + max + " characters or fewer");
        }
        return text.isEmpty() ? null : text;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }
}
