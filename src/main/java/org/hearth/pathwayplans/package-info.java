/**
 * Pathway plans (issue 6; CPPCR reg 42-43 and the Care Leavers (England) Regulations 2010): a young person's plan from
 * 16 in eight sections, with goals, actions, the young person's own views, sign-off by a manager who is not its author
 * and a review date. Signed-off plans are read-only and are the plan's history; a review starts from a copy of the last
 * signed-off plan.
 * <p>
 * Public face: the query and bulk-load service {@link org.hearth.pathwayplans.PathwayPlans} (for the drift engine and
 * the demo data) with {@link org.hearth.pathwayplans.SignedOffPathwayPlan}, the vocabulary
 * ({@link org.hearth.pathwayplans.PlanSection}, {@link org.hearth.pathwayplans.PlanStatus},
 * {@link org.hearth.pathwayplans.PlanActionStatus}) and the events implementing
 * {@link org.hearth.pathwayplans.Events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pathway plans")
package org.hearth.pathwayplans;
