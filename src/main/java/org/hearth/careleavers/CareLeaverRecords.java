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

    CareLeaverRecords(BulkLeavingCare bulk, ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.events = events;
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

    /** A status as held: IN_TOUCH, ACTIVITY or ACCOMMODATION, its 903 code and the day it applies from. */
    public record HeldStatus(String kind, String code, java.time.LocalDate from) {
    }

    /** Many young people's statuses, oldest first (no access check: the caller logs what it writes). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<HeldStatus>> statusesOf(java.util.Collection<UUID> childIds) {
        java.util.Map<UUID, List<HeldStatus>> held = new java.util.HashMap<>();
        List<UUID> ids = List.copyOf(childIds);
        for (int from = 0; from < ids.size(); from += 5_000) {
            for (Object[] r : bulk.statuses(ids.subList(from, Math.min(ids.size(), from + 5_000)))) {
                held.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>())
                        .add(new HeldStatus((String) r[1], (String) r[2], (java.time.LocalDate) r[3]));
            }
        }
        return held;
    }
}
