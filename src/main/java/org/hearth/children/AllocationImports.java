package org.hearth.children;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Allocation histories (903 SWEpisodes, docs/903.md 2.11) as an import needs them: what Hearth holds for many children
 * in one query, and one write of every period an import creates or changes, as JDBC batches in the caller's
 * transaction (issue 8, ADR 0010).
 * <p>
 * The caller has checked every period (dates, codes, no overlaps with each other or with Hearth's periods it keeps)
 * before calling {@link #write}; the database's own constraints (one open period per child, no overlaps) still hold
 * at commit, and a breach rolls the caller's whole transaction back. No access check here: the caller logs each child
 * it writes. No event is published: the allocation history has no listeners, and the children's own import publishes
 * one event per batch.
 */
public interface AllocationImports {

    /** The children asked about who are in Hearth: their current worker and periods, oldest first. */
    Map<UUID, Held> held(Collection<UUID> childIds);

    /** Writes the batch: changed periods first (closing one makes room for the next), then new ones, then allocations. */
    void write(Batch batch);

    /** A child's allocation as Hearth holds it. */
    record Held(UUID allocatedWorkerId, List<HeldPeriod> periods) {
    }

    /**
     * One period as Hearth holds it.
     *
     * @param workerId the Hearth user; null when the period names a worker by {@code socialWorkerRef} only
     * @param socialWorkerRef the 903 SW_ID an import gave for a worker Hearth could not match; null otherwise
     */
    record HeldPeriod(UUID id, UUID workerId, String socialWorkerRef, LocalDate startedOn, LocalDate endedOn,
            String swReason) {
    }

    /**
     * A period to create or change (by id; the start date stays). Exactly one of {@code workerId} and
     * {@code socialWorkerRef} is given.
     */
    record ImportedPeriod(UUID id, UUID childId, UUID workerId, String socialWorkerRef, LocalDate startedOn,
            LocalDate endedOn, String swReason) {
    }

    /**
     * @param allocate children to allocate to a worker: the child's allocated worker is set without a new period (the
     *        imported open period is that worker's)
     */
    record Batch(UUID by, List<ImportedPeriod> created, List<ImportedPeriod> changed, List<Allocation> allocate) {
    }

    /**
     * The child's allocated worker becomes {@code toWorkerId} if it is still {@code fromWorkerId} (null: none), so a
     * change made in Hearth meanwhile is never overwritten.
     */
    record Allocation(UUID childId, UUID fromWorkerId, UUID toWorkerId) {
    }
}
