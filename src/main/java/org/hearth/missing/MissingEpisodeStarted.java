package org.hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** A missing (or away without authorisation) episode was recorded. */
public record MissingEpisodeStarted(UUID childId, UUID episodeId, MissingType type, Instant startedAt,
        RiskLevel risk, boolean uasc, UUID recordedBy) implements Events {
}
