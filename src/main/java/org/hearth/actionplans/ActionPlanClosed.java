package org.hearth.actionplans;

import java.time.LocalDate;
import java.util.UUID;

/** An action plan was closed, with a summary of what was achieved. */
public record ActionPlanClosed(UUID childId, UUID planId, String purpose, LocalDate closedOn, String summary,
        UUID closedBy) implements Events {
}
