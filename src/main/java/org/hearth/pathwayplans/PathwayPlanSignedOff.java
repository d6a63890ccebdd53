package org.hearth.pathwayplans;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager signed a young person's pathway plan off: it is now read-only, and due for review by
 * {@code reviewDueOn}.
 */
public record PathwayPlanSignedOff(UUID childId, UUID planId, LocalDate signedOffOn, LocalDate reviewDueOn,
        UUID signedOffBy) implements Events {
}
