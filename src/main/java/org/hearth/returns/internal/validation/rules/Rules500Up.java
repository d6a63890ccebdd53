package org.hearth.returns.internal.validation.rules;

import java.util.List;

import org.hearth.returns.internal.validation.ReturnRule;

/** The DfE rules 500 to 710, 503A-J, EPI, NoE, INT and SW. */
public final class Rules500Up {

    private Rules500Up() {
    }

    public static List<ReturnRule> all() {
        return List.of();
    }
}
