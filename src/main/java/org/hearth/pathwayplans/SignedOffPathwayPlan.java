package org.hearth.pathwayplans;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A young person's latest signed-off pathway plan, as the drift engine needs it.
 *
 * @param reviewDueOn the review date set at sign-off (at most the statutory interval after it)
 */
public record SignedOffPathwayPlan(UUID childId, UUID planId, LocalDate signedOffOn, LocalDate reviewDueOn) {
}
