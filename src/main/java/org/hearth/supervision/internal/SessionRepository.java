package org.hearth.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.SupervisionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The supervision_session and supervision_session_child tables: written once, read by child, team and worker. */
@Repository
class SessionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            s.id, s.kind, s.child_id, s.session_date, s.duration_minutes, s.supervisor_id, s.supervisee_id, s.team_id,
            s.reflective_model, s.sections::text AS sections, s.safety_scale, s.fewest_words, s.minimum_words,
            s.reflective_recorded, s.recorded_by, s.recorded_at""";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session ready to insert. */
    record NewRow(UUID id, SupervisionKind kind, UUID childId, LocalDate date, int durationMinutes, UUID supervisorId,
            UUID superviseeId, UUID teamId, ReflectiveCheck.Result reflective, List<UUID> childIds, UUID by) {
    }

    void insert(NewRow row) {
        jdbc.sql("""
                INSERT INTO supervision_session (id, kind, child_id, session_date, duration_minutes, supervisor_id,
                    supervisee_id, team_id, reflective_model, sections, safety_scale, fewest_words, minimum_words,
                    reflective_recorded, recorded_by)
                VALUES (:id, :kind, :childId, :date, :duration, :supervisor, :supervisee, :team, :model,
                    CAST(:sections AS jsonb), :scale, :fewest, :minimum, :reflective, :by)""")
                .param("id", row.id()).param("kind", row.kind().name()).param("childId", row.childId())
                .param("date", row.date()).param("duration", row.durationMinutes())
                .param("supervisor", row.supervisorId()).param("supervisee", row.superviseeId())
                .param("team", row.teamId()).param("model", row.reflective().model().name())
                .param("sections", JSON.writeValueAsString(row.reflective().sections()))
                .param("scale", row.reflective().scale()).param("fewest", row.reflective().fewestWords())
                .param("minimum", row.reflective().minimum()).param("reflective", row.reflective().reflective())
                .param("by", row.by())
                .update();
        for (UUID child : row.childIds()) {
            jdbc.sql("INSERT INTO supervision_session_child (session_id, child_id) VALUES (:session, :child)")
                    .param("session", row.id()).param("child", child).update();
        }
    }

    Optional<StoredSession> find(UUID id) {
        return withChildren(jdbc.sql("SELECT " + COLUMNS + " FROM supervision_session s WHERE s.id = :id")
                .param("id", id).query(SessionRepository::stored).list()).stream().findFirst();
    }

    /** A child's case supervision sessions, newest first. */
    List<StoredSession> caseSessionsOf(UUID childId) {
        return withChildren(jdbc.sql("SELECT " + COLUMNS + " FROM supervision_session s WHERE s.child_id = :child "
                + "AND s.kind = 'CASE' ORDER BY s.session_date DESC, s.recorded_at DESC")
                .param("child", childId).query(SessionRepository::stored).list());
    }

    /**
     * Sessions between two dates, newest first, limited to teams (null: every team) and optionally to one worker as
     * supervisor or supervisee, one kind, or whether reflective discussion was recorded.
     */
    List<StoredSession> sessions(Collection<UUID> teamIds, UUID worker, SupervisionKind kind, Boolean reflective,
            LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM supervision_session s "
                + "WHERE s.session_date BETWEEN :from AND :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (teamIds != null) {
            if (teamIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND s.team_id IN (:teams)");
            params.put("teams", teamIds);
        }
        if (worker != null) {
            sql.append(" AND (s.supervisee_id = :worker OR s.supervisor_id = :worker)");
            params.put("worker", worker);
        }
        if (kind != null) {
            sql.append(" AND s.kind = :kind");
            params.put("kind", kind.name());
        }
        if (reflective != null) {
            sql.append(" AND s.reflective_recorded = :reflective");
            params.put("reflective", reflective);
        }
        sql.append(" ORDER BY s.session_date DESC, s.recorded_at DESC LIMIT 2000");
        return withChildren(jdbc.sql(sql.toString()).params(params).query(SessionRepository::stored).list());
    }

    /** One row of the reflective-supervision rate: a team's sessions in a month. */
    record MonthCount(UUID teamId, LocalDate month, long sessions, long reflective) {
    }

    List<MonthCount> countsByTeamAndMonth(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        if (teamIds != null && teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT team_id, date_trunc('month', session_date)::date AS month, count(*) AS sessions,
                       count(*) FILTER (WHERE reflective_recorded) AS reflective
                FROM supervision_session
                WHERE session_date BETWEEN :from AND :to AND team_id IS NOT NULL"""
                + (teamIds == null ? "" : " AND team_id IN (:teams)") + """

                GROUP BY team_id, month ORDER BY month, team_id""")
                .params(teamIds == null ? Map.of("from", from, "to", to)
                        : Map.of("from", from, "to", to, "teams", teamIds))
                .query((rs, n) -> new MonthCount(rs.getObject("team_id", UUID.class),
                        rs.getDate("month").toLocalDate(), rs.getLong("sessions"), rs.getLong("reflective")))
                .list();
    }

    /** Each supervisee's latest one-to-one session date. */
    Map<UUID, LocalDate> latestOneToOne() {
        Map<UUID, LocalDate> result = new HashMap<>();
        jdbc.sql("SELECT supervisee_id, max(session_date) AS latest FROM supervision_session "
                + "WHERE kind = 'ONE_TO_ONE' GROUP BY supervisee_id")
                .query(rs -> {
                    result.put(rs.getObject("supervisee_id", UUID.class), rs.getDate("latest").toLocalDate());
                });
        return result;
    }

    /** The latest one-to-one session date of each of these supervisees (those with one). */
    Map<UUID, LocalDate> latestOneToOne(java.util.Collection<UUID> supervisees) {
        Map<UUID, LocalDate> result = new HashMap<>();
        jdbc.sql("SELECT supervisee_id, max(session_date) AS latest FROM supervision_session "
                + "WHERE kind = 'ONE_TO_ONE' AND supervisee_id = ANY(:workers) GROUP BY supervisee_id")
                .param("workers", supervisees.toArray(UUID[]::new))
                .query(rs -> {
                    result.put(rs.getObject("supervisee_id", UUID.class), rs.getDate("latest").toLocalDate());
                });
        return result;
    }

    private List<StoredSession> withChildren(List<StoredSession> sessions) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        Map<UUID, List<UUID>> children = new HashMap<>();
        List<UUID> ids = sessions.stream().map(StoredSession::id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT session_id, child_id FROM supervision_session_child WHERE session_id IN (:ids) "
                    + "ORDER BY session_id, child_id")
                    .param("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
                    .query(rs -> {
                        children.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                                .add(rs.getObject("child_id", UUID.class));
                    });
        }
        return sessions.stream().map(s -> new StoredSession(s.id(), s.kind(), s.childId(), s.date(),
                s.durationMinutes(), s.supervisorId(), s.superviseeId(), s.teamId(), s.model(), s.sections(),
                s.scale(), s.fewestWords(), s.minimumWords(), s.reflectiveRecorded(),
                List.copyOf(children.getOrDefault(s.id(), List.of())), s.recordedBy(), s.recordedAt())).toList();
    }

    @SuppressWarnings("unchecked")
    private static StoredSession stored(ResultSet rs, int n) throws SQLException {
        Map<String, Object> raw = JSON.readValue(rs.getString("sections"), Map.class);
        Map<String, String> sections = new LinkedHashMap<>();
        raw.forEach((k, v) -> sections.put(k, String.valueOf(v)));
        Object scale = rs.getObject("safety_scale");
        return new StoredSession(rs.getObject("id", UUID.class), SupervisionKind.valueOf(rs.getString("kind")),
                rs.getObject("child_id", UUID.class), rs.getDate("session_date").toLocalDate(),
                rs.getInt("duration_minutes"), rs.getObject("supervisor_id", UUID.class),
                rs.getObject("supervisee_id", UUID.class), rs.getObject("team_id", UUID.class),
                ReflectiveModel.valueOf(rs.getString("reflective_model")), sections,
                scale == null ? null : ((Number) scale).intValue(), rs.getInt("fewest_words"),
                rs.getInt("minimum_words"), rs.getBoolean("reflective_recorded"), List.of(),
                rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
    }
}
