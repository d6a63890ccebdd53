package org.hearth.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.DecisionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decision table; the database keeps every earlier version. */
@Repository
class DecisionRepository {

    private static final String COLUMNS = """
            id, child_id, what, why, decided_by, decided_on, owner_id, due_by, status, status_note, status_changed_by,
            status_changed_at, session_id, version, recorded_by, recorded_at""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DecisionView d, UUID by) {
        jdbc.sql("""
                INSERT INTO decision (id, child_id, what, why, decided_by, decided_on, owner_id, due_by, source,
                    session_id, recorded_by)
                VALUES (:id, :child, :what, :why, :decidedBy, :decidedOn, :owner, :dueBy, :source, :session, :by)""")
                .param("id", d.id()).param("child", d.childId()).param("what", d.what()).param("why", d.why())
                .param("decidedBy", d.decidedBy()).param("decidedOn", d.decidedOn()).param("owner", d.ownerId())
                .param("dueBy", d.dueBy()).param("source", d.sessionId() == null ? "MANUAL" : "SUPERVISION")
                .param("session", d.sessionId()).param("by", by)
                .update();
    }

    /** Closes an open decision; false if it is no longer at {@code expectedVersion} or no longer open. */
    boolean close(UUID id, int expectedVersion, DecisionStatus status, String note, UUID by) {
        return jdbc.sql("""
                UPDATE decision SET status = :status, status_note = :note, status_changed_by = :by,
                    status_changed_at = now(), version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("status", status.name()).param("note", note).param("by", by).param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
    }

    Optional<StoredDecision> find(UUID childId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE id = :id AND child_id = :child")
                .param("id", id).param("child", childId).query(DecisionRepository::stored).optional();
    }

    Optional<StoredDecision> findForUpdate(UUID childId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE id = :id AND child_id = :child FOR UPDATE")
                .param("id", id).param("child", childId).query(DecisionRepository::stored).optional();
    }

    /** A child's decisions: open first (soonest due first, undated last), then the rest newest first. */
    List<StoredDecision> of(UUID childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE child_id = :child "
                + "ORDER BY status <> 'OPEN', CASE WHEN status = 'OPEN' THEN due_by END NULLS LAST, decided_on DESC, "
                + "recorded_at DESC")
                .param("child", childId).query(DecisionRepository::stored).list();
    }

    List<StoredDecision> ofSession(UUID sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE session_id = :session ORDER BY recorded_at, id")
                .param("session", sessionId).query(DecisionRepository::stored).list();
    }

    /** Open decisions of many children, a thousand children per query; every child asked about has a list. */
    Map<UUID, List<DecisionView>> openOf(Collection<UUID> childIds) {
        Map<UUID, List<DecisionView>> result = new LinkedHashMap<>();
        List<UUID> ids = childIds.stream().distinct().toList();
        ids.forEach(id -> result.put(id, new ArrayList<>()));
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE child_id IN (:ids) AND status = 'OPEN' "
                    + "ORDER BY child_id, due_by NULLS LAST, decided_on")
                    .param("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
                    .query(DecisionRepository::stored).list()
                    .forEach(d -> result.get(d.view().childId()).add(d.view()));
        }
        result.replaceAll((id, list) -> List.copyOf(list));
        return result;
    }

    private static StoredDecision stored(ResultSet rs, int n) throws SQLException {
        java.sql.Date due = rs.getDate("due_by");
        Timestamp changedAt = rs.getTimestamp("status_changed_at");
        DecisionView view = new DecisionView(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("what"), rs.getString("why"), rs.getString("decided_by"),
                rs.getDate("decided_on").toLocalDate(), rs.getObject("owner_id", UUID.class),
                due == null ? null : due.toLocalDate(), DecisionStatus.valueOf(rs.getString("status")),
                rs.getObject("session_id", UUID.class));
        return new StoredDecision(view, rs.getString("status_note"), rs.getObject("status_changed_by", UUID.class),
                changedAt == null ? null : changedAt.toInstant(), rs.getInt("version"),
                rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
    }

}
