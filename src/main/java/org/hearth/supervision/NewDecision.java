package org.hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A decision for a bulk load; {@code closedOn} is when it was marked done or superseded (null while open). */
public record NewDecision(UUID childId, String what, String why, String decidedBy, LocalDate decidedOn,
        UUID ownerId, LocalDate dueBy, DecisionStatus status, LocalDate closedOn) {
}
