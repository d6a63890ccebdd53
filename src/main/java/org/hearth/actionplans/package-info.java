/**
 * Action plans (issue 6): for a young person who needs support, made by the youth support worker and the key worker
 * and recorded and monitored by the key worker and a manager. Actions with an owner (key worker, youth support worker,
 * personal adviser or partner), due dates and status; dated progress notes; a manager's sign-off and monitoring
 * notes; closing with a summary; a manager's view of every open plan of a team.
 * <p>
 * Public face: the query and bulk-load service {@link org.hearth.actionplans.ActionPlans} (for the drift engine and the
 * demo data) with {@link org.hearth.actionplans.OpenActionPlan}, the vocabulary, and the events implementing
 * {@link org.hearth.actionplans.Events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans")
package org.hearth.actionplans;
