package org.hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an unaccompanied asylum-seeking child's age assessment stands, loaded in bulk (demo data).
 *
 * @param statusOn the date planned for, started or completed (only a planned assessment is in the future)
 * @param outcomeNote the outcome (required once completed) or what is planned
 */
public record NewAgeAssessment(UUID childId, AgeAssessmentStatus status, LocalDate statusOn, String outcomeNote) {
}
