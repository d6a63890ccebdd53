/**
 * Statutory activity recorded per child (issue 5): social worker visits, looked-after reviews, health assessments,
 * dental checks, immunisations, development checks, SDQ scores, substance misuse, personal education plans, care
 * plans, and for care leavers needs assessments, pathway plan reviews and personal adviser contacts.
 * <p>
 * Public face: {@link org.hearth.practice.ActivityKind}, {@link org.hearth.practice.ActivityView}, the query and
 * bulk-load service {@link org.hearth.practice.StatutoryActivities} (for the drift engine and the demo data), and
 * the events {@link org.hearth.practice.StatutoryActivityRecorded} and
 * {@link org.hearth.practice.StatutoryActivityCorrected}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice")
package org.hearth.practice;
