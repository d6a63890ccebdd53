package org.hearth.supervision.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supervision_arrangement table; the database keeps every earlier version. */
@Repository
class ArrangementRepository {

    private final JdbcClient jdbc;

    ArrangementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A worker's arrangement: newly qualified since (or null), and its version. */
    record Arrangement(UUID workerId, LocalDate newlyQualifiedSince, int version) {
    }

    Optional<Arrangement> find(UUID workerId, boolean forUpdate) {
        return jdbc.sql("SELECT worker_id, newly_qualified_since, version FROM supervision_arrangement "
                + "WHERE worker_id = :worker" + (forUpdate ? " FOR UPDATE" : ""))
                .param("worker", workerId)
                .query((rs, n) -> new Arrangement(rs.getObject("worker_id", UUID.class),
                        rs.getObject("newly_qualified_since", LocalDate.class), rs.getInt("version")))
                .optional();
    }

    void insert(UUID workerId, LocalDate newlyQualifiedSince, UUID by) {
        jdbc.sql("INSERT INTO supervision_arrangement (worker_id, newly_qualified_since, changed_by) "
                + "VALUES (:worker, :since, :by)")
                .param("worker", workerId).param("since", newlyQualifiedSince).param("by", by).update();
    }

    boolean update(UUID workerId, int expectedVersion, LocalDate newlyQualifiedSince, UUID by) {
        return jdbc.sql("UPDATE supervision_arrangement SET newly_qualified_since = :since, changed_by = :by, "
                + "changed_at = now(), version = version + 1 WHERE worker_id = :worker AND version = :version")
                .param("since", newlyQualifiedSince).param("by", by).param("worker", workerId)
                .param("version", expectedVersion).update() == 1;
    }

    Map<UUID, LocalDate> newlyQualified() {
        Map<UUID, LocalDate> result = new HashMap<>();
        jdbc.sql("SELECT worker_id, newly_qualified_since FROM supervision_arrangement "
                + "WHERE newly_qualified_since IS NOT NULL")
                .query(rs -> {
                    result.put(rs.getObject("worker_id", UUID.class),
                            rs.getObject("newly_qualified_since", LocalDate.class));
                });
        return result;
    }
}
