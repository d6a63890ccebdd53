package org.hearth.actionplans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.actionplans.ActionOwnerRole;
import org.hearth.actionplans.ActionPlanStatus;
import org.hearth.actionplans.ActionStatus;
import org.hearth.actionplans.OpenActionPlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The action plan tables. */
@Repository
public class ActionPlanRepository {

    private static final String COLUMNS = """
            id, child_id, purpose, started_on, status, agreed_by, agreed_on, agreed_comment, closed_by, closed_on,
            closing_summary, version, created_by, created_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ActionPlanRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertPlan(UUID id, UUID childId, String purpose, LocalDate startedOn, UUID by) {
        jdbc.sql("""
                INSERT INTO action_plan (id, child_id, purpose, started_on, created_by)
                VALUES (:id, :child, :purpose, :started, :by)""")
                .param("id", id).param("child", childId).param("purpose", purpose).param("started", startedOn)
                .param("by", by).update();
    }

    void insertAction(UUID planId, int position, StoredActionPlan.Action a, UUID by) {
        jdbc.sql("""
                INSERT INTO action_plan_action (id, plan_id, position, description, owner_role, owner_name, due_on,
                    status, created_by)
                VALUES (:id, :plan, :position, :description, :role, :name, :due, :status, :by)""")
                .param("id", a.id()).param("plan", planId).param("position", position)
                .param("description", a.description()).param("role", a.ownerRole().name())
                .param("name", a.ownerName()).param("due", a.dueOn()).param("status", a.status().name())
                .param("by", by).update();
    }

    void insertNote(UUID planId, UUID noteId, String kind, LocalDate date, String note, UUID by) {
        jdbc.sql("""
                INSERT INTO action_plan_note (id, plan_id, kind, note_date, note, recorded_by)
                VALUES (:id, :plan, :kind, :date, :note, :by)""")
                .param("id", noteId).param("plan", planId).param("kind", kind).param("date", date)
                .param("note", note).param("by", by).update();
    }

    /** Moves an open plan to its next version if still at {@code expectedVersion}; false if not. */
    boolean bump(UUID planId, int expectedVersion) {
        return jdbc.sql("""
                UPDATE action_plan SET version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("id", planId).param("version", expectedVersion).update() == 1;
    }

    boolean agree(UUID planId, int expectedVersion, UUID by, LocalDate on, String comment) {
        return jdbc.sql("""
                UPDATE action_plan SET agreed_by = :by, agreed_on = :on, agreed_comment = :comment,
                    version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("by", by).param("on", on).param("comment", comment).param("id", planId)
                .param("version", expectedVersion).update() == 1;
    }

    boolean close(UUID planId, int expectedVersion, UUID by, LocalDate on, String summary) {
        return jdbc.sql("""
                UPDATE action_plan SET status = 'CLOSED', closed_by = :by, closed_on = :on, closing_summary = :summary,
                    version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("by", by).param("on", on).param("summary", summary).param("id", planId)
                .param("version", expectedVersion).update() == 1;
    }

    void changeActionStatus(UUID actionId, ActionStatus status, LocalDate on, UUID by) {
        jdbc.sql("""
                UPDATE action_plan_action SET status = :status, status_changed_on = :on, status_changed_by = :by
                WHERE id = :id""")
                .param("status", status.name()).param("on", on).param("by", by).param("id", actionId).update();
    }

    Optional<StoredActionPlan> find(UUID childId, UUID planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_plan WHERE id = :id AND child_id = :child")
                .param("id", planId).param("child", childId).query(ActionPlanRepository::header).optional()
                .map(this::complete);
    }

    Optional<StoredActionPlan> findForUpdate(UUID childId, UUID planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_plan WHERE id = :id AND child_id = :child FOR UPDATE")
                .param("id", planId).param("child", childId).query(ActionPlanRepository::header).optional()
                .map(this::complete);
    }

    /** A young person's plans, open first, then newest first, complete. */
    List<StoredActionPlan> of(UUID childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_plan WHERE child_id = :child "
                + "ORDER BY status <> 'OPEN', started_on DESC, created_at DESC")
                .param("child", childId).query(ActionPlanRepository::header).list().stream().map(this::complete)
                .toList();
    }

    /** How one young person's open plans stand, counted in the database: the summary across teams needs no rows. */
    public record OpenPlanCounts(UUID childId, long plans, long overdueActions, long withoutRecentProgress,
            long awaitingSignOff) {
    }

    /**
     * The counts of the young people with an open plan (of these children, or everyone when {@code childIds} is
     * null), judged as {@link OpenActionPlan} judges one plan: an action
     * is overdue when its due date is before today; a plan is without recent progress when the date progress was
     * last recorded (or it started) plus the expected period is before today (a period added as java.time adds it:
     * months, then days).
     */
    public List<OpenPlanCounts> openCountsByChild(Collection<UUID> childIds, LocalDate today,
            Period progressExpectedWithin) {
        // the open plans once, then their overdue actions and latest progress each aggregated in one pass and joined:
        // a sub-query per plan made the head of service's count take tens of milliseconds
        return jdbc.sql("""
                WITH open_plan AS (
                    SELECT id, child_id, started_on, agreed_on FROM action_plan
                    WHERE status = 'OPEN' AND\s""" + (childIds == null ? "TRUE" : "child_id = ANY(:children)") + """
                ),
                overdue AS (
                    SELECT a.plan_id, count(*) AS actions FROM action_plan_action a JOIN open_plan p ON p.id = a.plan_id
                    WHERE a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND a.due_on < :today GROUP BY a.plan_id),
                progress AS (
                    SELECT n.plan_id, max(n.note_date) AS last_on FROM action_plan_note n
                    JOIN open_plan p ON p.id = n.plan_id WHERE n.kind = 'PROGRESS' GROUP BY n.plan_id)
                SELECT p.child_id, count(*) AS plans, coalesce(sum(o.actions), 0) AS overdue,
                    count(*) FILTER (WHERE (greatest(p.started_on, g.last_on)
                        + make_interval(months => :months, days => :days))::date < :today) AS without_progress,
                    count(*) FILTER (WHERE p.agreed_on IS NULL) AS awaiting_sign_off
                FROM open_plan p LEFT JOIN overdue o ON o.plan_id = p.id LEFT JOIN progress g ON g.plan_id = p.id
                GROUP BY p.child_id""")
                .params(childIds == null ? Map.of() : Map.of("children", childIds.toArray(UUID[]::new)))
                .param("today", today)
                .param("months", (int) progressExpectedWithin.toTotalMonths())
                .param("days", progressExpectedWithin.getDays())
                .query((rs, n) -> new OpenPlanCounts(rs.getObject("child_id", UUID.class), rs.getLong("plans"),
                        rs.getLong("overdue"), rs.getLong("without_progress"), rs.getLong("awaiting_sign_off")))
                .list();
    }

    /** The open plans of many young people (a thousand per query). */
    public List<OpenActionPlan> open(Collection<UUID> childIds) {
        List<OpenActionPlan> result = new ArrayList<>();
        List<UUID> ids = childIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            result.addAll(openWhere("p.child_id IN (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(from + 1000, ids.size())))));
        }
        return result;
    }

    private List<OpenActionPlan> openWhere(String condition, Map<String, Object> params) {
        record Head(UUID id, UUID childId, String purpose, LocalDate started, LocalDate agreed, LocalDate progress) {
        }
        List<Head> heads = jdbc.sql("""
                SELECT p.id, p.child_id, p.purpose, p.started_on, p.agreed_on,
                    (SELECT max(n.note_date) FROM action_plan_note n WHERE n.plan_id = p.id AND n.kind = 'PROGRESS')
                        AS last_progress
                FROM action_plan p WHERE p.status = 'OPEN' AND\s""" + condition)
                .params(params)
                .query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getString("purpose"), rs.getDate("started_on").toLocalDate(), date(rs.getDate("agreed_on")),
                        date(rs.getDate("last_progress")))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<OpenActionPlan.OpenAction>> actions = new HashMap<>();
        List<UUID> planIds = heads.stream().map(Head::id).toList();
        for (int from = 0; from < planIds.size(); from += 1000) {
            jdbc.sql("""
                    SELECT plan_id, id, description, owner_role, owner_name, due_on FROM action_plan_action
                    WHERE plan_id IN (:plans) AND status IN ('NOT_STARTED', 'IN_PROGRESS')
                    ORDER BY plan_id, due_on, position""")
                    .param("plans", planIds.subList(from, Math.min(from + 1000, planIds.size())))
                    .query((rs, n) -> {
                        actions.computeIfAbsent(rs.getObject("plan_id", UUID.class), k -> new ArrayList<>())
                                .add(new OpenActionPlan.OpenAction(rs.getObject("id", UUID.class),
                                        rs.getString("description"), ActionOwnerRole.valueOf(rs.getString("owner_role")),
                                        rs.getString("owner_name"), rs.getDate("due_on").toLocalDate()));
                        return null;
                    }).list();
        }
        return heads.stream().map(h -> new OpenActionPlan(h.id(), h.childId(), h.purpose(), h.started(), h.agreed(),
                h.progress(), actions.getOrDefault(h.id(), List.of()))).toList();
    }

    /** Bulk rows, each table as one JDBC batch. */
    public void insertAll(List<Object[]> plans, List<Object[]> actions, List<Object[]> notes) {
        template.batchUpdate("""
                INSERT INTO action_plan (id, child_id, purpose, started_on, status, agreed_by, agreed_on, closed_by,
                    closed_on, closing_summary, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", plans);
        template.batchUpdate("""
                INSERT INTO action_plan_action (id, plan_id, position, description, owner_role, owner_name, due_on,
                    status, status_changed_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", actions);
        template.batchUpdate("""
                INSERT INTO action_plan_note (id, plan_id, kind, note_date, note, recorded_by)
                VALUES (?, ?, 'PROGRESS', ?, ?, ?)""", notes);
    }

    private StoredActionPlan complete(StoredActionPlan header) {
        List<StoredActionPlan.Action> actions = jdbc.sql("""
                SELECT id, description, owner_role, owner_name, due_on, status, status_changed_on, status_changed_by
                FROM action_plan_action WHERE plan_id = :plan ORDER BY position""")
                .param("plan", header.id())
                .query((rs, n) -> new StoredActionPlan.Action(rs.getObject("id", UUID.class),
                        rs.getString("description"), ActionOwnerRole.valueOf(rs.getString("owner_role")),
                        rs.getString("owner_name"), rs.getDate("due_on").toLocalDate(),
                        ActionStatus.valueOf(rs.getString("status")), date(rs.getDate("status_changed_on")),
                        rs.getObject("status_changed_by", UUID.class))).list();
        List<StoredActionPlan.Note> notes = jdbc.sql("""
                SELECT id, kind, note_date, note, recorded_by, recorded_at FROM action_plan_note
                WHERE plan_id = :plan ORDER BY note_date, recorded_at""")
                .param("plan", header.id())
                .query((rs, n) -> new StoredActionPlan.Note(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getDate("note_date").toLocalDate(), rs.getString("note"),
                        rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant())).list();
        return new StoredActionPlan(header.id(), header.childId(), header.purpose(), header.startedOn(),
                header.status(), header.agreedBy(), header.agreedOn(), header.agreedComment(), header.closedBy(),
                header.closedOn(), header.closingSummary(), header.version(), header.createdBy(), header.createdAt(),
                actions, notes);
    }

    private static StoredActionPlan header(ResultSet rs, int n) throws SQLException {
        return new StoredActionPlan(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("purpose"), rs.getDate("started_on").toLocalDate(),
                ActionPlanStatus.valueOf(rs.getString("status")), rs.getObject("agreed_by", UUID.class),
                date(rs.getDate("agreed_on")), rs.getString("agreed_comment"), rs.getObject("closed_by", UUID.class),
                date(rs.getDate("closed_on")), rs.getString("closing_summary"), rs.getInt("version"),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(), List.of(),
                List.of());
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
