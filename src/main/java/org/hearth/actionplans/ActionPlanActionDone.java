package org.hearth.actionplans;

import java.time.LocalDate;
import java.util.UUID;

/** An action of an action plan was marked done. */
public record ActionPlanActionDone(UUID childId, UUID planId, UUID actionId, String description, LocalDate doneOn,
        UUID doneBy) implements Events {
}
