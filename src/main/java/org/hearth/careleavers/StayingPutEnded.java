package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A Staying Put arrangement ended. */
public record StayingPutEnded(UUID childId, UUID arrangementId, String carerName, LocalDate endedOn,
        UUID recordedBy) implements Events {
}
