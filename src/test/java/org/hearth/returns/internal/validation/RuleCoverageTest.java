package org.hearth.returns.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.validation.rules.Rules100To299Test;
import org.hearth.returns.internal.validation.rules.Rules300To499Test;
import org.hearth.returns.internal.validation.rules.Rules500Up;
import org.hearth.returns.internal.validation.rules.Rules500UpTest;
import org.junit.jupiter.api.Test;

/** Every rule of the DfE's list that Hearth can run is implemented, and each has a failing and a passing example. */
class RuleCoverageTest {

    private static final List<RuleExamples> EXAMPLES = List.of(new Rules100To299Test(), new Rules300To499Test(),
            new Rules500UpTest());

    @Test
    void everyRuleInTheListIsImplementedExceptThoseNeedingTheOfstedProviderLists() {
        Set<String> implemented = RuleSet.all().stream().map(ReturnRule::code).collect(Collectors.toSet());
        List<String> expected = RuleCatalogue.all().stream().filter(r -> !r.needsOfstedProviderLists())
                .map(RuleDefinition::code).toList();
        assertThat(expected).hasSize(315);
        assertThat(expected).allSatisfy(code -> assertThat(implemented).as("rules implemented").contains(code));
    }

    @Test
    void everyRuleHasAFailingAndAPassingExample() {
        Map<String, List<RuleExamples.Example>> byRule = EXAMPLES.stream().flatMap(e -> e.all().stream())
                .collect(Collectors.groupingBy(RuleExamples.Example::code));
        assertThat(RuleSet.all()).allSatisfy(rule -> {
            List<RuleExamples.Example> examples = byRule.getOrDefault(rule.code(), List.of());
            assertThat(examples).as("examples of rule %s", rule.code()).anyMatch(RuleExamples.Example::flags)
                    .anyMatch(e -> !e.flags());
        });
    }

    @Test
    void theTwoThousandAndTwentySixSetIsTheListWithoutTheDeprivationOfLibertyRules() {
        List<String> in2026 = RuleSet.forYear(new CollectionYear(2026)).stream().map(ReturnRule::code).toList();
        List<String> in2027 = RuleSet.forYear(new CollectionYear(2027)).stream().map(ReturnRule::code).toList();
        assertThat(in2027).containsAll(in2026);
        assertThat(in2027.stream().filter(c -> !in2026.contains(c)))
                .allSatisfy(code -> assertThat(code).matches("70[0-9]|710"));
        assertThat(Rules500Up.all()).isNotNull();
    }
}
