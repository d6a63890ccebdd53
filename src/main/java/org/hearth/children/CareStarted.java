package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/** The child became looked after (903 RNE S). */
public record CareStarted(UUID childId, UUID episodeId, LocalDate date, String legalStatus, String categoryOfNeed,
        String placementType, UUID carerId, UUID recordedBy) implements Events {
}
