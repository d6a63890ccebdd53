package org.hearth.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/** Puts refused input into the model the way the GOV.UK error summary and field messages expect. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * What the form itself found (dates that are not dates, say) ahead of what the service found, one message per
     * field: the user sees every problem at once.
     */
    public static List<FieldProblem> merge(List<FieldProblem> formProblems, List<FieldProblem> serviceProblems) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        formProblems.forEach(p -> fields.add(p.field()));
        List<FieldProblem> merged = new java.util.ArrayList<>(formProblems);
        serviceProblems.stream().filter(p -> !fields.contains(p.field())).forEach(merged::add);
        return merged;
    }

    public static void addTo(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        model.addAttribute("errors", problems);
        model.addAttribute("fieldErrors", byField);
    }
}
