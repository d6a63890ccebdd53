/**
 * Care leavers 16+ (issue 6): the young person's record from 16 (care leaver category worked out from the care
 * history, personal adviser, in-touch status, activity, accommodation, Staying Put), the EET and personal
 * circumstances RAG ratings with local rules, and the cohort page with its KPIs.
 * <p>
 * Public face: the value types ({@link org.hearth.careleavers.CareLeaverCategory}, {@link org.hearth.careleavers.Rating},
 * {@link org.hearth.careleavers.RagDomain}, {@link org.hearth.careleavers.ConcernLevel}), the bulk loader
 * {@link org.hearth.careleavers.CareLeaverRecords} (demo data) and the events (all implementing
 * {@link org.hearth.careleavers.Events}) that the chronology listens to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care leavers")
package org.hearth.careleavers;
