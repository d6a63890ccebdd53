package org.hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** A trafficking protocol step was completed (or marked not applicable). */
public record TraffickingStepCompleted(UUID childId, UUID episodeId, TraffickingStep step, StepOutcome outcome,
        Instant completedAt, UUID recordedBy) implements Events {
}
