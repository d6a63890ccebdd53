package org.hearth.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One change to a setting: the value, from when it applies, who made it, when and why. */
public record PolicyVersion(long id, String key, String value, LocalDate effectiveFrom, UUID changedBy,
        String changedByName, Instant changedAt, String reason) {
}
