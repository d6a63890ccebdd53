package org.hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision on a child, for other modules (the drift engine reads the open ones).
 *
 * @param decidedBy who decided, in words
 * @param ownerId who must carry it out, or null
 * @param dueBy when it must be done by, or null when no date was set
 * @param sessionId the supervision session it came from, or null when entered in the decision log
 */
public record DecisionView(UUID id, UUID childId, String what, String why, String decidedBy, LocalDate decidedOn,
        UUID ownerId, LocalDate dueBy, DecisionStatus status, UUID sessionId) {

    /** Open and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == DecisionStatus.OPEN && dueBy != null && dueBy.isBefore(today);
    }
}
