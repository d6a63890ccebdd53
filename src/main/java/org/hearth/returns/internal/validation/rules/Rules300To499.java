package org.hearth.returns.internal.validation.rules;

import java.util.List;

import org.hearth.returns.internal.validation.ReturnRule;

/** The DfE rules 300 to 499, 3001, 392a-d, 1000 to 1016 and 205A-D. */
public final class Rules300To499 {

    private Rules300To499() {
    }

    public static List<ReturnRule> all() {
        return List.of();
    }
}
