package org.hearth.access;

import java.time.Instant;
import java.util.UUID;

/** One line of a child's access history. */
public record AccessLogEntry(long id, Instant occurredAt, UUID userId, String username, AccessAction action,
        UUID childId, String what, String outcome) {
}
