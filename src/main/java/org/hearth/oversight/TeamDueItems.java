package org.hearth.oversight;

import java.util.List;
import java.util.UUID;

/**
 * A team's due and overdue items: counts per worker and the items themselves.
 *
 * @param workers one row per worker holding cases with items due, with the unallocated as a null worker
 * @param supervisions when each of the team's caseholders is next due one-to-one supervision, soonest first
 */
public record TeamDueItems(UUID teamId, String teamName, List<WorkerCounts> workers, List<DueItemView> items,
        List<SupervisionItem> supervisions) {

    public record WorkerCounts(UUID workerId, String workerName, long overdue, long dueSoon) {
    }
}
