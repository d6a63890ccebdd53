package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/** The council decided that the child should be placed for adoption (903 DATE_PLACED). */
public record PlacementForAdoptionDecided(UUID childId, UUID decisionId, LocalDate decidedOn, UUID recordedBy) implements Events {
}
