package org.hearth.supervision.internal;

import org.hearth.shared.FieldProblems;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.DecisionView;
import org.hearth.supervision.NewDecision;
import org.hearth.supervision.NewMeeting;
import org.hearth.supervision.NewSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store as the module's public query and bulk-load service needs it: loads are one insert over arrays per
 * {@link #BATCH} rows (as practice's bulk activity load), reflective sections measured as on a page.
 */
@Component
public class BulkSupervision {

    static final int BATCH = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final DecisionRepository decisions;
    private final SessionRepository sessions;
    private final ArrangementRepository arrangements;

    BulkSupervision(DataSource dataSource, DecisionRepository decisions, SessionRepository sessions,
            ArrangementRepository arrangements) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.decisions = decisions;
        this.sessions = sessions;
        this.arrangements = arrangements;
    }

    public Map<UUID, List<DecisionView>> openDecisionsOf(Collection<UUID> childIds) {
        return decisions.openOf(childIds);
    }

    public Map<UUID, LocalDate> latestOneToOne() {
        return sessions.latestOneToOne();
    }

    public Map<UUID, LocalDate> latestOneToOne(java.util.Collection<UUID> supervisees) {
        return sessions.latestOneToOne(supervisees);
    }

    public Map<UUID, LocalDate> newlyQualified() {
        return arrangements.newlyQualified();
    }

    /** Measures and inserts sessions; {@code minimumOn} gives the minimum words in force on a date. */
    public void insertSessions(List<NewSession> rows, java.util.function.Function<LocalDate, Integer> minimumOn,
            UUID by) {
        Map<LocalDate, Integer> minimums = new HashMap<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<NewSession> batch = rows.subList(from, Math.min(from + BATCH, rows.size()));
            int n = batch.size();
            Object[][] c = new Object[15][n];
            List<Object[]> children = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                NewSession s = batch.get(i);
                int minimum = minimums.computeIfAbsent(s.date().withDayOfMonth(1), minimumOn::apply);
                ReflectiveCheck.Result r = ReflectiveCheck.check(s.model(), s.sections(),
                        s.scale() == null ? null : String.valueOf(s.scale()), minimum, new FieldProblems(List.of()));
                UUID id = UUID.randomUUID();
                Object[] v = {id, s.kind().name(),
                    s.kind() == org.hearth.supervision.SupervisionKind.CASE ? s.childIds().get(0) : null,
                    Date.valueOf(s.date()), s.durationMinutes(), s.supervisorId(), s.superviseeId(), s.teamId(),
                    s.model().name(), JSON.writeValueAsString(r.sections()), r.scale(), r.fewestWords(), minimum,
                    r.reflective(), by};
                for (int k = 0; k < v.length; k++) {
                    c[k][i] = v[k];
                }
                s.childIds().forEach(child -> children.add(new Object[] {id, child}));
            }
            insert("""
                    INSERT INTO supervision_session (id, kind, child_id, session_date, duration_minutes, supervisor_id,
                        supervisee_id, team_id, reflective_model, sections, safety_scale, fewest_words,
                        minimum_words, reflective_recorded, recorded_by)
                    SELECT id, kind, child_id, session_date, duration_minutes, supervisor_id, supervisee_id, team_id,
                        reflective_model, CAST(sections AS jsonb), safety_scale, fewest_words, minimum_words,
                        reflective_recorded, recorded_by
                    FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS t (id, kind, child_id, session_date,
                        duration_minutes, supervisor_id, supervisee_id, team_id, reflective_model, sections,
                        safety_scale, fewest_words, minimum_words, reflective_recorded, recorded_by)""",
                    new String[] {"uuid", "text", "uuid", "date", "int4", "uuid", "uuid", "uuid", "text", "text",
                        "int4", "int4", "int4", "bool", "uuid"}, c);
            Object[][] cc = new Object[2][children.size()];
            for (int i = 0; i < children.size(); i++) {
                cc[0][i] = children.get(i)[0];
                cc[1][i] = children.get(i)[1];
            }
            insert("INSERT INTO supervision_session_child (session_id, child_id) SELECT * FROM unnest(?, ?)",
                    new String[] {"uuid", "uuid"}, cc);
        }
    }

    public void insertDecisions(List<NewDecision> rows, UUID by) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<NewDecision> batch = rows.subList(from, Math.min(from + BATCH, rows.size()));
            Object[][] c = columns(batch.size(), 12, i -> {
                NewDecision d = batch.get(i);
                boolean open = d.status() == DecisionStatus.OPEN;
                return new Object[] {UUID.randomUUID(), d.childId(), d.what(), d.why(), d.decidedBy(),
                    Date.valueOf(d.decidedOn()), d.ownerId(), d.dueBy() == null ? null : Date.valueOf(d.dueBy()),
                    d.status().name(), open ? null : by,
                    open ? null : Timestamp.from(d.closedOn().atStartOfDay().toInstant(ZoneOffset.UTC)), by};
            });
            insert("""
                    INSERT INTO decision (id, child_id, what, why, decided_by, decided_on, owner_id, due_by, status,
                        status_changed_by, status_changed_at, recorded_by, source)
                    SELECT *, 'MANUAL' FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"uuid", "uuid", "text", "text", "text", "date", "uuid", "date", "text", "uuid",
                        "timestamptz", "uuid"}, c);
        }
    }

    public void insertArrangements(Map<UUID, LocalDate> newlyQualifiedSince, UUID by) {
        List<Map.Entry<UUID, LocalDate>> rows = new ArrayList<>(newlyQualifiedSince.entrySet());
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map.Entry<UUID, LocalDate>> batch = rows.subList(from, Math.min(from + BATCH, rows.size()));
            Object[][] c = columns(batch.size(), 3, i -> new Object[] {batch.get(i).getKey(),
                Date.valueOf(batch.get(i).getValue()), by});
            insert("""
                    INSERT INTO supervision_arrangement (worker_id, newly_qualified_since, changed_by)
                    SELECT * FROM unnest(?, ?, ?)""", new String[] {"uuid", "date", "uuid"}, c);
        }
    }

    public void insertMeetings(List<NewMeeting> rows, UUID by) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<NewMeeting> batch = rows.subList(from, Math.min(from + BATCH, rows.size()));
            Object[][] c = columns(batch.size(), 8, i -> {
                NewMeeting m = batch.get(i);
                return new Object[] {UUID.randomUUID(), m.childId(), Date.valueOf(m.date()), m.kind().name(),
                    m.attendees(), m.participation().name(), m.teamId(), by};
            });
            insert("""
                    INSERT INTO meeting (id, child_id, meeting_date, kind, attendees, participation, team_id,
                        recorded_by)
                    SELECT * FROM unnest(?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"uuid", "uuid", "date", "text", "text", "text", "uuid", "uuid"}, c);
        }
    }

    private static Object[][] columns(int n, int width, IntFunction<Object[]> row) {
        Object[][] c = new Object[width][n];
        for (int i = 0; i < n; i++) {
            Object[] v = row.apply(i);
            for (int k = 0; k < width; k++) {
                c[k][i] = v[k];
            }
        }
        return c;
    }

    private void insert(String sql, String[] types, Object[][] columns) {
        if (columns[0].length == 0) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int k = 0; k < types.length; k++) {
                    statement.setArray(k + 1, connection.createArrayOf(types[k], columns[k]));
                }
                return statement.executeUpdate();
            }
        });
    }
}
