package org.hearth.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A missing episode loaded in bulk (demo data), with its return home interview and protocol steps as they stand.
 *
 * @param interview null when none was offered
 * @param steps empty unless the child was UASC
 */
public record NewMissingEpisode(UUID childId, MissingType type, Instant startedAt, Instant endedAt, String whereFound,
        boolean reportedToPolice, String policeReference, RiskLevel risk, String riskNote, boolean uasc,
        Interview interview, List<Step> steps) {

    public record Interview(Instant offeredAt, String offeredBy, boolean independent, InterviewResponse response,
            LocalDate heldOn, String pushFactors, String pullFactors, String actions) {
    }

    /** @param outcome null while open */
    public record Step(TraffickingStep step, Instant dueAt, StepOutcome outcome, Instant completedAt, String by,
            String note) {
    }
}
