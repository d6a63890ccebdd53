package org.hearth.returns.internal.validation;

import java.util.List;

import org.hearth.returns.internal.data.ReturnTable;

/**
 * One rule's finding on a return: the rule, the child, the table and row (as a spreadsheet numbers it; 0 when the
 * finding is about the child rather than a row), the fields concerned and the DfE's message.
 */
public record Finding(String ruleCode, String child, ReturnTable table, int row, List<String> fields,
        String message) {
}
