package org.hearth.missing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.missing.TransferOutcome;

/** A National Transfer Scheme referral. */
public record StoredTransfer(UUID id, UUID childId, LocalDate referredOn, boolean fromHotel, String fromAuthority,
        String toAuthority, TransferOutcome outcome, LocalDate outcomeOn, String note, int version, UUID recordedBy,
        Instant recordedAt) {
}
