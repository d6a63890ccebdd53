package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/** The period of care ended, with the 903 REC reason. */
public record CareEnded(UUID childId, UUID episodeId, LocalDate date, String reasonEpisodeCeased, UUID recordedBy)
        implements Events {
}
