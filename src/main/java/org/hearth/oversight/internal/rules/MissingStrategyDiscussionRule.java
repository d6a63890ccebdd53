package org.hearth.oversight.internal.rules;

import org.hearth.missing.MissingDue;
import org.hearth.oversight.DueKind;
import org.springframework.stereotype.Component;

/** A strategy discussion prompted by the local pattern trigger and not yet held (issue 7). */
@Component
public class MissingStrategyDiscussionRule extends MissingDueRule {

    public MissingStrategyDiscussionRule() {
        super(MissingDue.Kind.STRATEGY_DISCUSSION, DueKind.MISSING_STRATEGY_DISCUSSION);
    }
}
