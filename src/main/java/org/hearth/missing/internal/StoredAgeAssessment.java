package org.hearth.missing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.missing.AgeAssessmentStatus;

/** A UASC child's age assessment as it stands. */
public record StoredAgeAssessment(UUID childId, AgeAssessmentStatus status, LocalDate statusOn, String outcomeNote,
        int version, UUID recordedBy, Instant recordedAt) {
}
