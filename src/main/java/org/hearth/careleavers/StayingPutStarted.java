package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A Staying Put arrangement with a former foster carer began (Children Act 1989 s23CZA). */
public record StayingPutStarted(UUID childId, UUID arrangementId, String carerName, LocalDate startedOn,
        UUID recordedBy) implements Events {
}
