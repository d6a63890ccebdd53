package org.hearth.missing;

import java.util.UUID;

/** A missing episode's details were corrected (not its ending: see {@link MissingEpisodeEnded}). */
public record MissingEpisodeCorrected(UUID childId, UUID episodeId, UUID recordedBy) implements Events {
}
