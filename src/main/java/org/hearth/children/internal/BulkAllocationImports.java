package org.hearth.children.internal;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.children.AllocationImports;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes allocation periods for an import with a query per few thousand children and JDBC batches: 50,000
 * children must import in under two minutes (issue 8).
 */
@Service
class BulkAllocationImports implements AllocationImports {

    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final CaseloadCounts counts;

    BulkAllocationImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, CaseloadCounts counts) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.counts = counts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Held> held(Collection<UUID> childIds) {
        Map<UUID, UUID> workers = new HashMap<>();
        Map<UUID, List<HeldPeriod>> periods = new HashMap<>();
        List<UUID> ids = childIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            UUID[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(UUID[]::new);
            jdbc.sql("SELECT id, allocated_worker_id FROM child WHERE id = ANY(:ids)").param("ids", chunk)
                    .query(rs -> {
                        workers.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    });
            jdbc.sql("""
                    SELECT id, child_id, worker_id, social_worker_ref, started_on, ended_on, sw_reason
                    FROM allocation_period WHERE child_id = ANY(:ids) ORDER BY child_id, started_on, recorded_at""")
                    .param("ids", chunk)
                    .query(rs -> {
                        Date ended = rs.getDate("ended_on");
                        periods.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                                .add(new HeldPeriod(rs.getObject("id", UUID.class),
                                        rs.getObject("worker_id", UUID.class), rs.getString("social_worker_ref"),
                                        rs.getDate("started_on").toLocalDate(),
                                        ended == null ? null : ended.toLocalDate(), rs.getString("sw_reason")));
                    });
        }
        Map<UUID, Held> held = new HashMap<>();
        workers.forEach((child, worker) -> held.put(child, new Held(worker,
                List.copyOf(periods.getOrDefault(child, List.of())))));
        return held;
    }

    @Override
    @Transactional
    public void write(Batch batch) {
        if (batch.created().isEmpty() && batch.changed().isEmpty() && batch.allocate().isEmpty()) {
            return;
        }
        // a period may close after the next one opens within the batch: no overlap is checked at commit
        jdbcTemplate.execute("SET CONSTRAINTS allocation_period_no_overlap DEFERRED");
        // periods that close first, then the rest: the one open period per child is checked row by row
        List<ImportedPeriod> changed = new ArrayList<>(batch.changed());
        changed.sort(Comparator.comparing(p -> p.endedOn() == null));
        List<Object[]> changes = new ArrayList<>();
        for (ImportedPeriod p : changed) {
            changes.add(new Object[] {p.workerId(), p.socialWorkerRef(), date(p.endedOn()), p.swReason(), batch.by(),
                p.id()});
        }
        jdbcTemplate.batchUpdate("""
                UPDATE allocation_period SET worker_id = ?, social_worker_ref = ?, ended_on = ?, sw_reason = ?,
                    recorded_by = ?, recorded_at = now()
                WHERE id = ?""", changes,
                new int[] {Types.OTHER, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.OTHER, Types.OTHER});
        List<Object[]> rows = new ArrayList<>();
        for (ImportedPeriod p : batch.created()) {
            rows.add(new Object[] {p.id(), p.childId(), p.workerId(), p.socialWorkerRef(), date(p.startedOn()),
                date(p.endedOn()), p.swReason(), batch.by()});
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO allocation_period (id, child_id, worker_id, social_worker_ref, started_on, ended_on,
                                               sw_reason, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[] {Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.DATE, Types.DATE,
                    Types.VARCHAR, Types.OTHER});
        if (!batch.allocate().isEmpty()) {
            counts.childChanged();
            List<Object[]> allocations = new ArrayList<>();
            for (Allocation a : batch.allocate()) {
                allocations.add(new Object[] {a.toWorkerId(), batch.by(), a.childId(), a.fromWorkerId()});
            }
            jdbcTemplate.batchUpdate("""
                    UPDATE child SET allocated_worker_id = ?, updated_by = ?, updated_at = now(), version = version + 1
                    WHERE id = ? AND allocated_worker_id IS NOT DISTINCT FROM ?""", allocations,
                    new int[] {Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER});
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
