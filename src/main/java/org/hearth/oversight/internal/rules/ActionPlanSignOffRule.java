package org.hearth.oversight.internal.rules;

import java.util.Comparator;
import java.util.Optional;

import org.hearth.actionplans.OpenActionPlan;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.springframework.stereotype.Component;

/**
 * An action plan is agreed by a manager (issue 6: "manager sign-off and monitoring") within the local period (setting
 * action-plans.sign-off-within, default 2 weeks): a plan left unsigned is drift in the manager's oversight.
 */
@Component
public class ActionPlanSignOffRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        var within = context.timescales().actionPlanSignOff();
        return facts.openActionPlans().stream().filter(p -> p.agreedOn() == null)
                .min(Comparator.comparing(OpenActionPlan::startedOn))
                .map(plan -> new DueItem(facts.childId(), DueKind.ACTION_PLAN_SIGN_OFF, plan.startedOn().plus(within),
                        "Action plan for " + plan.purpose() + " made " + Wording.date(plan.startedOn())
                                + " and not yet agreed by a manager; the local standard is within "
                                + Wording.period(within), true,
                        "/children/" + facts.childId() + "/action-plans/" + plan.planId() + "/sign-off"));
    }
}
