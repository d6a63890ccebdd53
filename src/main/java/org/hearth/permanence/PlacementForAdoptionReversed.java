package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/** The decision that the child should be placed for adoption was reversed (903 DATE_PLACED_CEASED, REASON_PLACED_CEASED RD1-RD4). */
public record PlacementForAdoptionReversed(UUID childId, UUID decisionId, LocalDate decidedOn, LocalDate reversedOn, String reason, UUID recordedBy) implements Events {
}
