package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/** The child was matched with prospective adopters (903 DATE_MATCH). */
public record AdoptionMatched(UUID childId, LocalDate matchedOn, boolean byFosterCarers, UUID recordedBy) implements Events {
}
