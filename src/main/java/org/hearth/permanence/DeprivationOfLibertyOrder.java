package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/** A Deprivation of Liberty Order (903 DoLo, docs/903.md 2.12); {@code endedOn} null while in force. */
public record DeprivationOfLibertyOrder(UUID id, UUID childId, LocalDate startedOn, LocalDate endedOn, int version) {

    public boolean inForce() {
        return endedOn == null;
    }
}
