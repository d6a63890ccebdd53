package org.hearth.missing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A strategy discussion about a child's missing episodes. */
public record StoredDiscussion(UUID id, UUID childId, LocalDate heldOn, String attendees, String decision,
        String nextSteps, UUID recordedBy, Instant recordedAt) {
}
