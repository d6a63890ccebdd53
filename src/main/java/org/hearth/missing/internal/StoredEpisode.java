package org.hearth.missing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingType;
import org.hearth.missing.RiskLevel;
import org.hearth.missing.StepOutcome;
import org.hearth.missing.TraffickingStep;

/** A missing episode as stored, with its return home interview (null when none recorded) and protocol steps. */
public record StoredEpisode(UUID id, UUID childId, MissingType type, Instant startedAt, Instant endedAt,
        String whereFound, boolean reportedToPolice, String policeReference, RiskLevel risk, String riskNote,
        boolean uasc, int version, UUID recordedBy, Instant recordedAt, Interview interview, List<Step> steps) {

    public boolean open() {
        return endedAt == null;
    }

    public Optional<Step> step(TraffickingStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    /** Whether the interview is settled: held, or declined by the child. */
    public boolean interviewSettled() {
        return interview != null && (interview.heldOn() != null || interview.response() == InterviewResponse.DECLINED);
    }

    public record Interview(Instant offeredAt, String offeredBy, boolean independent, InterviewResponse response,
            LocalDate heldOn, String pushFactors, String pullFactors, String actions, int version, UUID recordedBy,
            Instant recordedAt) {
    }

    public record Step(TraffickingStep step, Instant dueAt, StepOutcome outcome, Instant completedAt,
            String completedBy, String note, UUID recordedBy) {

        public boolean open() {
            return outcome == null;
        }

        public boolean overdueAt(Instant now) {
            return open() && dueAt.isBefore(now);
        }
    }
}
