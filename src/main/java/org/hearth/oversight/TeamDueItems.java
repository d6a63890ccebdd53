package org.hearth.oversight;

import java.util.List;
import java.util.UUID;

/**
 * A team's due and overdue items: counts per worker and the items themselves.
 *
 * @param workers one row per worker holding cases with items due, with the unallocated as a null worker
 */
public record TeamDueItems(UUID teamId, String teamName, List<WorkerCounts> workers, List<DueItemView> items) {

    public record WorkerCounts(UUID workerId, String workerName, long overdue, long dueSoon) {
    }
}
