package org.hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** A missing episode ended: the child was found or returned. */
public record MissingEpisodeEnded(UUID childId, UUID episodeId, MissingType type, Instant startedAt,
        Instant endedAt, String whereFound, UUID recordedBy) implements Events {
}
