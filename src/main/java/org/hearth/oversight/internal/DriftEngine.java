package org.hearth.oversight.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.internal.rules.DueItemRule;
import org.hearth.oversight.internal.rules.RuleContext;
import org.springframework.stereotype.Component;

/** Runs every rule over a child's record: the child's due items, soonest first. */
@Component
public class DriftEngine {

    private final List<DueItemRule> rules;

    public DriftEngine(List<DueItemRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        List<DueItem> items = new ArrayList<>();
        for (DueItemRule rule : rules) {
            rule.dueFor(facts, context).ifPresent(items::add);
        }
        items.sort(Comparator.comparing(DueItem::dueBy));
        return items;
    }
}
