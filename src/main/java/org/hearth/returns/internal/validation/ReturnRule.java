package org.hearth.returns.internal.validation;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * One DfE validation rule: a small named unit, tested on its own with a failing and a passing example derived from its
 * message. Most rules look at one row, or at one child's rows; the factories below say which, so each rule is the test
 * itself and little else.
 */
public interface ReturnRule {

    /** The DfE's code ("101", "503A", "SW01aSTG1"). */
    String code();

    void check(ReturnUnderValidation data, Findings findings);

    default RuleDefinition definition() {
        return RuleCatalogue.get(code());
    }

    /** Flags each row of the table the test finds wrong. */
    static ReturnRule eachRow(String code, ReturnTable table, BiPredicate<ReturnRow, ReturnUnderValidation> wrong) {
        return new Named(code, (data, findings) -> {
            for (ReturnRow row : data.current().rows(table)) {
                if (wrong.test(row, data)) {
                    findings.flag(row);
                }
            }
        });
    }

    /** Looks at one child's rows of a table at a time (episodes in date order) and flags what it finds. */
    static ReturnRule eachChild(String code, ReturnTable table, ChildCheck check) {
        return new Named(code, (data, findings) -> {
            for (Map.Entry<String, List<ReturnRow>> child : data.current().byChild(table).entrySet()) {
                check.check(child.getKey(), child.getValue(), data, findings);
            }
        });
    }

    /** Anything else: the whole return at once. */
    static ReturnRule of(String code, Check check) {
        return new Named(code, check);
    }

    @FunctionalInterface
    interface Check {
        void check(ReturnUnderValidation data, Findings findings);
    }

    @FunctionalInterface
    interface ChildCheck {
        void check(String child, List<ReturnRow> rows, ReturnUnderValidation data, Findings findings);
    }

    record Named(String code, Check body) implements ReturnRule {
        public Named {
            RuleCatalogue.get(code); // a rule must be in the DfE's list
        }

        @Override
        public void check(ReturnUnderValidation data, Findings findings) {
            body.check(data, findings);
        }
    }
}
