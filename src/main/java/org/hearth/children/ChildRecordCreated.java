package org.hearth.children;

import java.time.Instant;
import java.util.UUID;

/** A child's record was created in Hearth. */
public record ChildRecordCreated(UUID childId, String localChildId, UUID teamId, UUID allocatedWorkerId,
        UUID createdBy, Instant createdAt) implements Events {
}
