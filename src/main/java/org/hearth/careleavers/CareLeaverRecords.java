package org.hearth.careleavers;

import java.util.List;
import java.util.UUID;

import org.hearth.careleavers.internal.BulkLeavingCare;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads leaving care records in bulk (demo and stress data), in the caller's transaction, with one
 * {@link CareLeaverRecordsLoaded} event for the batch: no event, rating change or chronology entry per row, since a
 * generated history is not something anyone recorded.
 */
@Service
public class CareLeaverRecords {

    private final BulkLeavingCare bulk;
    private final ApplicationEventPublisher events;
    private final org.hearth.careleavers.internal.StatusReader statuses;

    CareLeaverRecords(BulkLeavingCare bulk, ApplicationEventPublisher events,
            org.hearth.careleavers.internal.StatusReader statuses) {
        this.bulk = bulk;
        this.events = events;
        this.statuses = statuses;
    }

    /**
     * Young people's recorded in-touch, activity and accommodation statuses, oldest first, for the 903 OC3 table
     * (issue 8). No access check: the caller decides who sees what it derives.
     *
     * @return only the children asked about who have a leaving care record
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<LeavingCareStatus>> statusesOf(java.util.Collection<UUID> childIds) {
        return statuses.of(childIds);
    }

    /** @return rows written */
    @Transactional
    public int load(List<LeavingCareHistory> histories, UUID loadedBy) {
        if (histories.isEmpty()) {
            return 0;
        }
        int rows = bulk.load(histories, loadedBy);
        events.publishEvent(new CareLeaverRecordsLoaded(histories.stream().map(LeavingCareHistory::childId).toList(),
                loadedBy));
        return rows;
    }
}
