package org.hearth.policy;

import java.time.LocalDate;
import java.util.UUID;

/** An administrator changed a local setting, taking effect from a date. */
public record PolicyChanged(String key, String value, LocalDate effectiveFrom, UUID changedBy, String reason) {
}
