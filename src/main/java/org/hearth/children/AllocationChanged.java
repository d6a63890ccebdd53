package org.hearth.children;

import java.time.Instant;
import java.util.UUID;

/** The child's responsible team or allocated worker changed. */
public record AllocationChanged(UUID childId, UUID fromTeamId, UUID toTeamId, UUID fromWorkerId, UUID toWorkerId,
        UUID changedBy, Instant changedAt) implements Events {
}
