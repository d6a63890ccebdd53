package org.hearth.missing;

import java.util.UUID;

/** A return home interview was offered or its record changed (without being held or declined yet). */
public record ReturnHomeInterviewChanged(UUID childId, UUID episodeId, UUID recordedBy) implements Events {
}
