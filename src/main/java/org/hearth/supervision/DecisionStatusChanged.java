package org.hearth.supervision;

import java.util.UUID;

/** An open decision was marked done or superseded. */
public record DecisionStatusChanged(UUID childId, UUID decisionId, String what, DecisionStatus status, String note,
        UUID changedBy) implements Events {
}
