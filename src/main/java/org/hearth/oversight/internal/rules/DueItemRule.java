package org.hearth.oversight.internal.rules;

import java.util.Optional;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.internal.CaseFacts;

/** One timescale: from a child's record, the next thing due under it, if the timescale applies to the child. */
public interface DueItemRule {

    Optional<DueItem> dueFor(CaseFacts facts, RuleContext context);
}
