package org.hearth.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A return home interview was held (or the child declined it: {@code heldOn} null, {@code declined} true).
 *
 * @param offeredAt when it was offered (null in events stored before it was added)
 */
public record ReturnHomeInterviewHeld(UUID childId, UUID episodeId, LocalDate heldOn, boolean declined,
        String offeredBy, boolean independent, UUID recordedBy, Instant offeredAt) implements Events {
}
