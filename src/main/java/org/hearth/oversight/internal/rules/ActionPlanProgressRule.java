package org.hearth.oversight.internal.rules;

import java.util.Comparator;
import java.util.Optional;

import org.hearth.actionplans.OpenActionPlan;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.springframework.stereotype.Component;

/**
 * An open action plan needs progress recorded within the local period (setting action-plans.progress-expected-within,
 * default 4 weeks; issue 6: "plans without progress in N weeks"): the plan that has waited longest is the item.
 */
@Component
public class ActionPlanProgressRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        var within = context.timescales().actionPlanProgress();
        return facts.openActionPlans().stream().min(Comparator.comparing(OpenActionPlan::progressSince))
                .map(plan -> new DueItem(facts.childId(), DueKind.ACTION_PLAN_PROGRESS,
                        plan.progressSince().plus(within), (plan.lastProgressOn() == null
                                ? "No progress recorded since the plan was made on " + Wording.date(plan.startedOn())
                                : "Progress last recorded " + Wording.date(plan.lastProgressOn()))
                                + " on the action plan for " + plan.purpose() + "; the local standard is progress at "
                                + "least every " + Wording.period(within),
                        true, "/children/" + facts.childId() + "/action-plans/" + plan.planId() + "/progress"));
    }
}
