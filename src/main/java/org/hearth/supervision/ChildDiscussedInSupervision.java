package org.hearth.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child was discussed in a worker's one-to-one supervision: one event per child named. The session's content
 * belongs to the worker's supervision record, so only the decisions made for this child are carried.
 */
public record ChildDiscussedInSupervision(UUID childId, UUID sessionId, LocalDate date, UUID supervisorId,
        UUID superviseeId, List<String> decisions, UUID recordedBy) implements Events {

    public ChildDiscussedInSupervision {
        decisions = List.copyOf(decisions);
    }
}
