package org.hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** The National Referral Mechanism decision for a missing UASC child: referred, or not with the reason. */
public record NrmDecisionRecorded(UUID childId, UUID episodeId, boolean referred, String note, Instant decidedAt,
        String decidedBy, UUID recordedBy) implements Events {
}
