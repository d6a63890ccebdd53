package org.hearth.returns.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;

/** Collects one rule's findings, worded by the DfE's list. */
public final class Findings {

    private final RuleDefinition rule;
    private final List<Finding> found = new ArrayList<>();
    private final java.util.Map<ReturnTable, List<String>> fieldsByTable = new java.util.EnumMap<>(ReturnTable.class);

    public Findings(RuleDefinition rule) {
        this.rule = rule;
    }

    /** Flags a row, naming the rule's fields that the row's table has. */
    public void flag(ReturnRow row) {
        flag(row, fieldsByTable.computeIfAbsent(row.table(), table -> {
            List<String> fields = rule.fields().stream().filter(table::hasColumn).distinct().toList();
            return fields.isEmpty() ? rule.fields() : fields;
        }));
    }

    /** Flags a row, naming these fields. */
    public void flag(ReturnRow row, String... fields) {
        flag(row, List.of(fields));
    }

    private void flag(ReturnRow row, List<String> fields) {
        found.add(new Finding(rule.code(), row.child(), row.table(), row.line(), fields,
                rule.message()));
    }

    /** Flags a child as a whole (no one row is at fault), naming the rule's fields. */
    public void flagChild(String child, ReturnTable table) {
        found.add(new Finding(rule.code(), child, table, 0, rule.fields(), rule.message()));
    }

    public List<Finding> found() {
        return found;
    }
}
