package org.hearth.practice;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A statutory activity was recorded for a child (a visit, a review held, a health assessment...).
 *
 * @param date when it happened
 * @param summary one line in words, e.g. "Seen alone, where the child lives", for a chronology entry
 */
public record StatutoryActivityRecorded(UUID childId, UUID activityId, ActivityKind kind, LocalDate date,
        String summary, UUID recordedBy) implements Events {
}
