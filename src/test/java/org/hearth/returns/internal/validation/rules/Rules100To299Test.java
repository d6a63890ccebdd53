package org.hearth.returns.internal.validation.rules;

import org.hearth.returns.internal.validation.RuleExamples;

/** A failing and a passing example for each rule in {@link Rules100To299}, derived from the rule's message. */
public class Rules100To299Test extends RuleExamples {

    @Override
    protected void examples() {
        fails("101", "sex X", r -> r.header("CHILD=1; SEX=X"));
        fails("101", "sex blank", r -> r.header("CHILD=1"));
        fails("101", "the old code 1 for male", r -> r.header("CHILD=1; SEX=1"));
        passes("101", "sex M, F or U", r -> r.header("CHILD=1; SEX=M").header("CHILD=2; SEX=F")
                .header("CHILD=3; SEX=u"));

        fails("102", "31 February", r -> r.header("CHILD=1; DOB=31/02/2015"));
        fails("102", "year first", r -> r.header("CHILD=1; DOB=2015-02-01"));
        fails("102", "blank", r -> r.header("CHILD=1"));
        passes("102", "a real date", r -> r.header("CHILD=1; DOB=29/02/2016"));
    }
}
