package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/**
 * Pathway plan reviews, CPPCR regulations 42-43 and the Care Leavers Regulations: at least every 6 months once the
 * needs assessment and first plan are done, for a young person in care from 16 or a care leaver.
 */
@Component
public class PathwayPlanReviewRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        boolean applies = (facts.inCare() && facts.ageOn(facts.today()) >= 16) || facts.careLeaver();
        if (!applies) {
            return Optional.empty();
        }
        LocalDate ever = facts.dateOfBirth();
        Optional<ActivityView> assessment = facts.latest(ActivityKind.NEEDS_ASSESSMENT, ever);
        if (assessment.isEmpty()) {
            return Optional.empty();
        }
        Optional<ActivityView> review = facts.latest(ActivityKind.PATHWAY_PLAN_REVIEW, ever);
        ActivityView last = review.filter(r -> r.date().isAfter(assessment.get().date())).orElse(assessment.get());
        var interval = context.timescales().pathwayPlanReview();
        String what = last.kind() == ActivityKind.NEEDS_ASSESSMENT ? "Needs assessment and pathway plan "
                : "Last pathway plan review ";
        return Optional.of(new DueItem(facts.childId(), DueKind.PATHWAY_PLAN_REVIEW, last.date().plus(interval),
                what + Wording.date(last.date()) + "; reviewed at least every " + Wording.period(interval)
                        + " (CPPCR reg 42-43)", true,
                Wording.recordPath(facts.childId(), ActivityKind.PATHWAY_PLAN_REVIEW)));
    }
}
