package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The council's decision that the child should be placed for adoption (903 PlacedAdoption DATE_PLACED and AD1
 * DATE_INT), and its reversal (DATE_PLACED_CEASED, REASON_PLACED_CEASED RD1-RD4; docs/903.md 2.8).
 */
public record AdoptionDecision(UUID id, UUID childId, LocalDate decidedOn, LocalDate reversedOn,
        String reversalReason, int version) {

    public boolean reversed() {
        return reversedOn != null;
    }
}
