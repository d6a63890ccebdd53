package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/** A Deprivation of Liberty Order ended (903 DOLO_END). */
public record DeprivationOfLibertyEnded(UUID childId, UUID orderId, LocalDate startedOn, LocalDate endedOn, UUID recordedBy) implements Events {
}
