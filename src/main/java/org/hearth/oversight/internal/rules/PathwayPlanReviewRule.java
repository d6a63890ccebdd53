package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.pathwayplans.SignedOffPathwayPlan;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/**
 * Pathway plan reviews, CPPCR regulations 42-43 and the Care Leavers Regulations: at least every 6 months once the
 * needs assessment and first plan are done, for a young person in care from 16 or a care leaver. The last review is
 * the latest of a recorded needs assessment, a recorded pathway plan review and a pathway plan signed off; a signed-off
 * plan also carries its own review date, which may be earlier ("and on request"). Due is the earlier of the two.
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
        Optional<SignedOffPathwayPlan> plan = facts.pathwayPlan();
        if (assessment.isEmpty() && plan.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastDate = null;
        String what = null;
        if (assessment.isPresent()) {
            lastDate = assessment.get().date();
            what = "Needs assessment and pathway plan ";
        }
        Optional<ActivityView> review = facts.latest(ActivityKind.PATHWAY_PLAN_REVIEW, ever);
        if (review.isPresent() && (lastDate == null || review.get().date().isAfter(lastDate))) {
            lastDate = review.get().date();
            what = "Last pathway plan review ";
        }
        boolean fromPlan = plan.isPresent() && (lastDate == null || !plan.get().signedOffOn().isBefore(lastDate));
        if (fromPlan) {
            lastDate = plan.get().signedOffOn();
            what = "Pathway plan signed off ";
        }
        var interval = context.timescales().pathwayPlanReview();
        LocalDate statutory = lastDate.plus(interval);
        String why = what + Wording.date(lastDate) + "; reviewed at least every " + Wording.period(interval)
                + " (CPPCR reg 42-43)";
        LocalDate due = statutory;
        if (plan.isPresent() && plan.get().reviewDueOn().isBefore(statutory)) {
            due = plan.get().reviewDueOn();
            why += "; the signed-off plan set its review for " + Wording.date(due);
        }
        String path = plan.isPresent() ? "/children/" + facts.childId() + "/pathway-plans"
                : Wording.recordPath(facts.childId(), ActivityKind.PATHWAY_PLAN_REVIEW);
        return Optional.of(new DueItem(facts.childId(), DueKind.PATHWAY_PLAN_REVIEW, due, why, true, path));
    }
}
