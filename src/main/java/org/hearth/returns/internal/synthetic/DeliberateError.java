package org.hearth.returns.internal.synthetic;

import org.hearth.returns.internal.data.ReturnTable;

/** A mistake the generator put into a return on purpose, and the rule that should find it. */
public record DeliberateError(String child, ReturnTable table, String column, String value, String ruleCode) {
}
