package org.hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A worker's supervision arrangement changed (newly qualified from a date, or no longer). */
public record SupervisionArrangementChanged(UUID workerId, LocalDate newlyQualifiedSince, UUID changedBy) {
}
