package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/** The child's legal status changed (903 RNE L, B or U). */
public record LegalStatusChanged(UUID childId, UUID episodeId, LocalDate date, String fromLegalStatus,
        String toLegalStatus, UUID recordedBy) implements Events {
}
