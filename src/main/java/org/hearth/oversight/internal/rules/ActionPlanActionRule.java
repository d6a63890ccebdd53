package org.hearth.oversight.internal.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hearth.actionplans.OpenActionPlan;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.springframework.stereotype.Component;

/**
 * Actions of open action plans (issue 6: "overdue actions ... feeds the drift engine"): the earliest action still to
 * do is the young person's item, so an action left past its due date shows as overdue, with how many others are.
 */
@Component
public class ActionPlanActionRule implements DueItemRule {

    private record Due(OpenActionPlan plan, OpenActionPlan.OpenAction action) {
    }

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        List<Due> open = facts.openActionPlans().stream()
                .flatMap(p -> p.openActions().stream().map(a -> new Due(p, a)))
                .sorted(Comparator.comparing((Due d) -> d.action().dueOn())).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Due first = open.get(0);
        long overdue = open.stream().filter(d -> d.action().dueOn().isBefore(facts.today())).count();
        String others = overdue > 1 ? "; " + overdue + " actions overdue in all"
                : open.size() > 1 ? "; " + (open.size() - 1) + " more to do" : "";
        return Optional.of(new DueItem(facts.childId(), DueKind.ACTION_PLAN_ACTION, first.action().dueOn(),
                first.action().description() + " (" + first.action().ownerName() + ", "
                        + first.action().ownerRole().label().toLowerCase(java.util.Locale.UK) + "), due "
                        + Wording.date(first.action().dueOn()) + others, true,
                "/children/" + facts.childId() + "/action-plans/" + first.plan().planId()));
    }
}
