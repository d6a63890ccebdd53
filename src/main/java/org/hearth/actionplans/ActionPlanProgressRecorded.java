package org.hearth.actionplans;

import java.time.LocalDate;
import java.util.UUID;

/** A dated progress note was added to an action plan. */
public record ActionPlanProgressRecorded(UUID childId, UUID planId, UUID noteId, LocalDate noteDate, String note,
        UUID recordedBy) implements Events {
}
