package org.hearth.returns.internal.validation;

import java.util.List;

/**
 * What validating a return found.
 *
 * @param rulesRun the codes of the rules that ran
 * @param rulesNotRun rules of the year that could not run, with why (no previous year's return)
 */
public record ValidationResult(List<Finding> findings, List<String> rulesRun, List<RuleNotRun> rulesNotRun) {

    public record RuleNotRun(String code, String reason) {
    }
}
