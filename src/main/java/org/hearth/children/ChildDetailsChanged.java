package org.hearth.children;

import java.time.Instant;
import java.util.UUID;

/**
 * The child's details were corrected (name, date of birth, identifiers and so on). What is worked out from them, such
 * as age-dependent timescales, should be worked out again. A change of team or worker also publishes
 * {@link AllocationChanged}.
 */
public record ChildDetailsChanged(UUID childId, UUID changedBy, Instant changedAt) implements Events {
}
