package org.hearth.returns.internal.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a year's rules over a return. The rules read the return and never change it, so they run side by side on the
 * machine's cores; findings come back in rule order, then in the order each rule found them.
 */
public final class ReturnValidator {

    private ReturnValidator() {
    }

    public static ValidationResult validate(ReturnUnderValidation data) {
        return validate(data, RuleSet.forYear(data.year()));
    }

    public static ValidationResult validate(ReturnUnderValidation data, List<ReturnRule> rules) {
        List<ReturnRule> runnable = new ArrayList<>();
        List<ValidationResult.RuleNotRun> notRun = new ArrayList<>();
        for (ReturnRule rule : rules) {
            if (rule.definition().readsPreviousYear() && !data.hasPrevious()) {
                notRun.add(new ValidationResult.RuleNotRun(rule.code(), "Needs last year's return"));
            } else {
                runnable.add(rule);
            }
        }
        data.current().indexAll();
        if (data.previous() != null) {
            data.previous().indexAll();
        }
        List<List<Finding>> found = runnable.parallelStream().map(rule -> {
            Findings findings = new Findings(rule.definition());
            rule.check(data, findings);
            return findings.found();
        }).toList();
        List<Finding> findings = new ArrayList<>();
        found.forEach(findings::addAll);
        return new ValidationResult(findings, runnable.stream().map(ReturnRule::code).toList(), notRun);
    }
}
