package org.hearth.practice;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A statutory activity was corrected, or marked as recorded in error (then it no longer counts anywhere).
 *
 * @param previousDate the date it gave before the correction
 * @param date the date it gives now
 * @param enteredInErrorReason why it was marked as recorded in error, or null
 * @param version the version written by the correction
 */
public record StatutoryActivityCorrected(UUID childId, UUID activityId, ActivityKind kind, LocalDate previousDate,
        LocalDate date, String summary, boolean enteredInError, String enteredInErrorReason, int version,
        UUID correctedBy) implements Events {
}
