package org.hearth.returns.internal.imports;

import java.util.List;

/**
 * What a DfE validation rule found in an imported return. Never a reason to refuse the import: it is what DfE would
 * query, for the performance officer to follow up once the records are in Hearth.
 *
 * @param table the 903 table (DfE name), or null for the return as a whole
 * @param row the row as a spreadsheet numbers it (header = 1); 0 when the finding is about no one row
 * @param child the return's CHILD, when the finding is about one child
 */
public record ImportFinding(String ruleCode, String table, int row, String child, List<String> fields,
        String message) {

    /** How many findings one rule made, with its message. */
    public record RuleCount(String ruleCode, String message, long count) {
    }
}
