package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A personal adviser was allocated to the young person (the previous one, if any, handed over). */
public record PersonalAdviserAllocated(UUID childId, UUID allocationId, UUID adviserId, String adviserName,
        UUID previousAdviserId, LocalDate allocatedOn, UUID recordedBy) implements Events {
}
