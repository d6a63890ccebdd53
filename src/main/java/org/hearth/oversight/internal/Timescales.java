package org.hearth.oversight.internal;

import java.time.LocalDate;
import java.time.Period;

import org.hearth.policy.Policies;

/**
 * The timescales in force on a date, read from the local policy store once for a whole calculation (defaults from
 * ../shared/docs/domain.md; the policy catalogue names each one's regulation).
 */
public record Timescales(int carePlanWorkingDays, Period firstVisit, Period visitFirstYear, Period visitLongTerm,
        Period visitUntilFirstReviewAtHome, Period visitInterimOrderAtHome, int firstReviewWorkingDays,
        Period secondReview, Period laterReviews, int initialHealthAssessmentWorkingDays,
        Period healthAssessmentUnder5, Period healthAssessment5AndOver, Period dentalCheck, int pepStartWorkingDays,
        Period pepReview, Period needsAssessmentAfter16, Period pathwayPlanReview, Period personalAdviserContact,
        Period dueSoonWindow, Period noRecentActivity, Period supervision, Period newlyQualifiedWeeklyFor,
        Period newlyQualifiedFortnightlyUntil, Period actionPlanProgress, Period actionPlanSignOff) {

    public static Timescales on(Policies policies, LocalDate date) {
        return new Timescales(
                policies.number("timescale.care-plan.after-placement", date),
                policies.period("timescale.visit.after-placement-starts", date),
                policies.period("timescale.visit.first-year-interval", date),
                policies.period("timescale.visit.long-term-interval", date),
                policies.period("timescale.visit.until-first-review-at-home", date),
                policies.period("timescale.visit.interim-order-at-home-interval", date),
                policies.number("timescale.review.first", date),
                policies.period("timescale.review.second", date),
                policies.period("timescale.review.subsequent", date),
                policies.number("timescale.health-assessment.initial", date),
                policies.period("timescale.health-assessment.review-under-5", date),
                policies.period("timescale.health-assessment.review-5-and-over", date),
                policies.period("timescale.dental-check.interval", date),
                policies.number("timescale.pep.start", date),
                policies.period("timescale.pep.review", date),
                policies.period("timescale.needs-assessment.after-16", date),
                policies.period("timescale.pathway-plan.review", date),
                policies.period("timescale.personal-adviser.contact-interval", date),
                policies.period("oversight.due-soon-window", date),
                policies.period("oversight.no-recent-activity", date),
                policies.period("timescale.supervision.interval", date),
                policies.period("timescale.supervision.newly-qualified-weekly-for", date),
                policies.period("timescale.supervision.newly-qualified-fortnightly-until", date),
                policies.period("action-plans.progress-expected-within", date),
                policies.period("action-plans.sign-off-within", date));
    }

    /** Statutory defaults, as shipped: for tests of the rules alone. */
    public static Timescales defaults() {
        return new Timescales(10, Period.ofDays(7), Period.ofWeeks(6), Period.ofMonths(3), Period.ofWeeks(1),
                Period.ofWeeks(4), 20, Period.ofMonths(3), Period.ofMonths(6), 20, Period.ofMonths(6),
                Period.ofMonths(12), Period.ofMonths(6), 10, Period.ofMonths(4), Period.ofMonths(3),
                Period.ofMonths(6), Period.ofWeeks(8), Period.ofDays(14), Period.ofDays(30), Period.ofMonths(1),
                Period.ofWeeks(6), Period.ofMonths(6), Period.ofWeeks(4), Period.ofWeeks(2));
    }
}
