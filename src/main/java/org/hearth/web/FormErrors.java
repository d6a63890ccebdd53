package org.hearth.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/** Puts refused input into the model the way the GOV.UK error summary and field messages expect. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        model.addAttribute("errors", problems);
        model.addAttribute("fieldErrors", byField);
    }
}
