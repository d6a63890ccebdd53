package org.hearth.supervision.internal;

import java.util.ArrayList;
import java.util.List;

import org.hearth.shared.FieldProblem;

/** The problems found so far with the input, one per field: the first found for a field is shown. */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems(List<FieldProblem> earlier) {
        earlier.forEach(p -> add(p.field(), p.message()));
    }

    public void add(String field, String message) {
        if (!has(field)) {
            problems.add(new FieldProblem(field, message));
        }
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
