package org.hearth.returns.internal.validation.rules;

import org.hearth.returns.internal.validation.RuleExamples;

/** A failing and a passing example for each rule in {@link Rules500Up}, derived from the rule's message. */
public class Rules500UpTest extends RuleExamples {

    @Override
    protected void examples() {
    }
}
