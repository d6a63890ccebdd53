package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** The young person's accommodation changed (903 ACCOM: type letter, then 1 suitable or 2 not suitable). */
public record AccommodationChanged(UUID childId, UUID statusId, String code, String description, boolean suitable,
        String previousCode, LocalDate since, UUID recordedBy) implements Events {
}
