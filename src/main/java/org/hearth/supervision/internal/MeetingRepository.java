package org.hearth.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.supervision.MeetingKind;
import org.hearth.supervision.Participation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meeting table: written once. */
@Repository
class MeetingRepository {

    private static final String COLUMNS = """
            id, child_id, meeting_date, kind, kind_other, attendees, participation, notes, team_id, recorded_by,
            recorded_at""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredMeeting m) {
        jdbc.sql("""
                INSERT INTO meeting (id, child_id, meeting_date, kind, kind_other, attendees, participation, notes,
                    team_id, recorded_by)
                VALUES (:id, :child, :date, :kind, :kindOther, :attendees, :participation, :notes, :team, :by)""")
                .param("id", m.id()).param("child", m.childId()).param("date", m.date())
                .param("kind", m.kind().name()).param("kindOther", m.kindOther()).param("attendees", m.attendees())
                .param("participation", m.participation().name()).param("notes", m.notes())
                .param("team", m.teamId()).param("by", m.recordedBy())
                .update();
    }

    java.util.Optional<StoredMeeting> find(UUID childId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE id = :id AND child_id = :child")
                .param("id", id).param("child", childId).query(MeetingRepository::stored).optional();
    }

    List<StoredMeeting> of(UUID childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE child_id = :child "
                + "ORDER BY meeting_date DESC, recorded_at DESC")
                .param("child", childId).query(MeetingRepository::stored).list();
    }

    /** Meetings counted by team, kind and participation between two dates (teams null: every team). */
    record Count(UUID teamId, MeetingKind kind, Participation participation, long meetings) {
    }

    List<Count> counts(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        if (teamIds != null && teamIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (teamIds != null) {
            params.put("teams", teamIds);
        }
        return jdbc.sql("SELECT team_id, kind, participation, count(*) AS meetings FROM meeting "
                + "WHERE meeting_date BETWEEN :from AND :to AND team_id IS NOT NULL"
                + (teamIds == null ? "" : " AND team_id IN (:teams)")
                + " GROUP BY team_id, kind, participation")
                .params(params)
                .query((rs, n) -> new Count(rs.getObject("team_id", UUID.class),
                        MeetingKind.valueOf(rs.getString("kind")),
                        Participation.valueOf(rs.getString("participation")), rs.getLong("meetings")))
                .list();
    }

    /** Per child: meetings and those without the child's participation (under-4s left out). */
    record ChildCount(UUID childId, long meetings, long withoutChild) {
    }

    List<ChildCount> countsByChild(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        if (teamIds != null && teamIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (teamIds != null) {
            params.put("teams", teamIds);
        }
        return jdbc.sql("SELECT child_id, count(*) AS meetings, count(*) FILTER (WHERE participation = 'PN7') AS "
                + "without_child FROM meeting WHERE meeting_date BETWEEN :from AND :to AND participation <> 'PN0'"
                + (teamIds == null ? "" : " AND team_id IN (:teams)")
                + " GROUP BY child_id HAVING count(*) FILTER (WHERE participation = 'PN7') > 0 "
                + "ORDER BY without_child DESC, child_id LIMIT 200")
                .params(params)
                .query((rs, n) -> new ChildCount(rs.getObject("child_id", UUID.class), rs.getLong("meetings"),
                        rs.getLong("without_child")))
                .list();
    }

    private static StoredMeeting stored(ResultSet rs, int n) throws SQLException {
        return new StoredMeeting(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getDate("meeting_date").toLocalDate(), MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("kind_other"), rs.getString("attendees"),
                Participation.valueOf(rs.getString("participation")), rs.getString("notes"),
                rs.getObject("team_id", UUID.class), rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
