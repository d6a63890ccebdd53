package org.hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A National Transfer Scheme referral, loaded in bulk (demo data).
 *
 * @param toAuthority the receiving authority, null until known
 * @param outcomeOn null while pending; else the date of the transfer, or the date it stopped
 * @param note why the child was not transferred, or anything else to know
 */
public record NewNationalTransfer(UUID childId, LocalDate referredOn, boolean fromHotel, String fromAuthority,
        String toAuthority, TransferOutcome outcome, LocalDate outcomeOn, String note) {
}
