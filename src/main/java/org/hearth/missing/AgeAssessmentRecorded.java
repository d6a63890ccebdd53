package org.hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/** A UASC child's age assessment status was recorded. */
public record AgeAssessmentRecorded(UUID childId, AgeAssessmentStatus status, LocalDate statusOn, String outcome,
        UUID recordedBy) implements Events {
}
