package org.hearth.returns.internal.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.validation.rules.Rules100To299;
import org.hearth.returns.internal.validation.rules.Rules300To499;
import org.hearth.returns.internal.validation.rules.Rules500Up;

/**
 * The rules that apply to a collection year. 2026-27 has every rule in the DfE's list; 2025-26 is the same list
 * without the Deprivation of Liberty rules 700-710 (docs/903.md, "Rule sets"). Where a rule's logic differs by year it
 * reads {@link ReturnUnderValidation#year()}, so no rule is copied per year.
 */
public final class RuleSet {

    private static final List<ReturnRule> ALL = load();

    private RuleSet() {
    }

    public static List<ReturnRule> all() {
        return ALL;
    }

    public static List<ReturnRule> forYear(CollectionYear year) {
        return ALL.stream().filter(rule -> appliesIn(rule.definition(), year)).toList();
    }

    public static boolean appliesIn(RuleDefinition rule, CollectionYear year) {
        return year.endYear() >= 2027 || !rule.newIn2027();
    }

    public static ReturnRule byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Hearth has no rule " + code));
    }

    private static List<ReturnRule> load() {
        List<ReturnRule> rules = new ArrayList<>();
        rules.addAll(Rules100To299.all());
        rules.addAll(Rules300To499.all());
        rules.addAll(Rules500Up.all());
        Map<String, ReturnRule> seen = new HashMap<>();
        for (ReturnRule rule : rules) {
            if (seen.put(rule.code(), rule) != null) {
                throw new IllegalStateException("Two rules have the code " + rule.code());
            }
        }
        rules.sort(Comparator.comparing(ReturnRule::code));
        return List.copyOf(rules);
    }
}
