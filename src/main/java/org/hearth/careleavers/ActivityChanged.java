package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** The young person's main activity changed (903 ACTIV). */
public record ActivityChanged(UUID childId, UUID statusId, String code, String description, String previousCode,
        LocalDate since, UUID recordedBy) implements Events {
}
