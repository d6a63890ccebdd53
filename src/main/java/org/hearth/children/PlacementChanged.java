package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The child moved placement (903 RNE P, T, B or U).
 *
 * @param sameCarers true for a move with the same carers (RNE T or U)
 * @param reason the 903 REASON_PLACE_CHANGE recorded on the ceasing episode, if any
 */
public record PlacementChanged(UUID childId, UUID episodeId, LocalDate date, String reasonForNewEpisode,
        String fromPlacementType, String toPlacementType, UUID fromCarerId, UUID toCarerId, boolean sameCarers,
        String reason, UUID recordedBy) implements Events {
}
