package org.hearth.actionplans;

import java.time.LocalDate;
import java.util.UUID;

/** An action plan was made for a young person, with its first actions. */
public record ActionPlanCreated(UUID childId, UUID planId, String purpose, LocalDate startedOn, int actions,
        UUID createdBy) implements Events {
}
