package org.hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A decision or action was added to a child's decision log (by hand or from a supervision session). */
public record DecisionRecorded(UUID childId, UUID decisionId, String what, String why, String decidedBy,
        LocalDate decidedOn, UUID ownerId, LocalDate dueBy, UUID sessionId, UUID recordedBy) implements Events {
}
