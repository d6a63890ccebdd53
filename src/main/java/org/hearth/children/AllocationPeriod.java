package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A period during which one worker was allocated to a child: a 903 social worker episode (docs/903.md 2.11).
 *
 * @param endedOn null while the worker holds the case
 * @param swReason the 903 SW_REASON code for the change that began it; null for periods carried over from before
 *        Hearth kept the history
 * @param socialWorkerRef the worker's 903 SW_ID as an imported return gave it, when Hearth could not match it to a
 *        user (workerId is then null); null otherwise
 */
public record AllocationPeriod(UUID workerId, LocalDate startedOn, LocalDate endedOn, String swReason,
        String socialWorkerRef) {

    public AllocationPeriod(UUID workerId, LocalDate startedOn, LocalDate endedOn, String swReason) {
        this(workerId, startedOn, endedOn, swReason, null);
    }
}
