package org.hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/** A National Transfer Scheme referral was recorded or its outcome changed. */
public record NationalTransferRecorded(UUID childId, UUID transferId, TransferOutcome outcome, LocalDate referredOn,
        LocalDate outcomeOn, String fromAuthority, String toAuthority, UUID recordedBy) implements Events {
}
