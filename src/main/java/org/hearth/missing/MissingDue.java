package org.hearth.missing;

import java.time.Instant;
import java.util.UUID;

/**
 * Something due for a child under this module's timescales, for the drift engine.
 *
 * @param dueAt the moment it falls due
 * @param what the facts and the rule behind the time, in words
 * @param recordPath where in Hearth to record it
 */
public record MissingDue(UUID childId, Kind kind, Instant dueAt, String what, String recordPath) {

    public enum Kind {
        /** A return home interview not yet held or declined (72 hours from return). */
        RETURN_HOME_INTERVIEW,
        /** The local trigger fired and no strategy discussion has been recorded since. */
        STRATEGY_DISCUSSION,
        /** A trafficking protocol step still open. */
        TRAFFICKING_PROTOCOL_STEP
    }
}
