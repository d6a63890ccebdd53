package org.hearth.returns.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each rule's examples, derived from its message: at least one return it must flag and one it must pass. Every
 * example is its own test, named by the rule and what it shows, and runs that rule alone.
 */
public abstract class RuleExamples {

    /** One example: the rule, what it shows, the return, and whether the rule should flag it. */
    public record Example(String code, String shows, ReturnUnderValidation data, boolean flags) {
    }

    private final List<Example> examples = new ArrayList<>();

    /** Subclasses call {@link #fails} and {@link #passes} here. */
    protected abstract void examples();

    protected void fails(String code, String shows, UnaryOperator<ReturnExample> given) {
        examples.add(new Example(code, shows, given.apply(ReturnExample.create()).build(), true));
    }

    protected void passes(String code, String shows, UnaryOperator<ReturnExample> given) {
        examples.add(new Example(code, shows, given.apply(ReturnExample.create()).build(), false));
    }

    public List<Example> all() {
        if (examples.isEmpty()) {
            examples();
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> eachRuleFlagsItsFailingExamplesAndPassesTheOthers() {
        return all().stream().map(example -> DynamicTest.dynamicTest(
                example.code() + (example.flags() ? " flags: " : " passes: ") + example.shows(), () -> {
                    ReturnRule rule = RuleSet.byCode(example.code());
                    Findings findings = new Findings(rule.definition());
                    rule.check(example.data(), findings);
                    if (example.flags()) {
                        assertThat(findings.found()).as("findings of rule %s", example.code()).isNotEmpty()
                                .allSatisfy(f -> assertThat(f.ruleCode()).isEqualTo(example.code()));
                    } else {
                        assertThat(findings.found()).as("findings of rule %s", example.code()).isEmpty();
                    }
                }));
    }
}
