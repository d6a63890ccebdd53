/**
 * Supervision, decisions and meetings (issue 5): case supervision of a child and one-to-one supervision of a worker
 * with reflective sections in a configurable model, the rate of sessions with reflective discussion recorded per team
 * and month, each child's decision log, meetings with the child's participation, and each worker's supervision
 * arrangement.
 * <p>
 * Public face: the query and bulk-load service {@link org.hearth.supervision.SupervisionRecords} (for the drift
 * engine and the demo data) with {@link org.hearth.supervision.DecisionView} and
 * {@link org.hearth.supervision.SupervisionDue}, and the events implementing {@link org.hearth.supervision.Events}
 * (for the chronology), plus {@link org.hearth.supervision.SupervisionSessionRecorded} and
 * {@link org.hearth.supervision.SupervisionArrangementChanged} about workers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.hearth.supervision;
