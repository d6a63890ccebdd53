package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/** A Deprivation of Liberty Order was made for the child (903 DOLO_START). */
public record DeprivationOfLibertyStarted(UUID childId, UUID orderId, LocalDate startedOn, UUID recordedBy) implements Events {
}
