package org.hearth.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The due items read model: replaced a batch of children at a time, read by child, worker or team. */
@Repository
public class DueItemRepository {

    private final JdbcClient jdbc;

    DueItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A due item with the team and worker of its child, as stored. */
    public record Stored(DueItem item, UUID teamId, UUID workerId) {
    }

    /**
     * Takes the lock every writer of due items holds until its transaction ends. Listeners for several changes to one
     * child run at once; each reads the record and replaces the child's items, and without the lock two of them
     * would insert the same items, or an older reading would overwrite a newer one. Writers are quick (a few
     * milliseconds a child, about 150 ms a batch of 1,000), so one lock for all is enough.
     */
    void lockWriters() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", WRITERS_LOCK).query((rs, n) -> 1).single();
    }

    /** An arbitrary number naming the due items writers' lock (advisory locks are numbers). */
    private static final long WRITERS_LOCK = 903_005L;

    /** Replaces every item of these children with the given ones, in two statements whatever the numbers. */
    void replace(Collection<UUID> childIds, List<Stored> items) {
        jdbc.sql("DELETE FROM due_item WHERE child_id = ANY(:ids)")
                .param("ids", childIds.toArray(UUID[]::new)).update();
        if (items.isEmpty()) {
            return;
        }
        int n = items.size();
        UUID[] child = new UUID[n];
        String[] kind = new String[n];
        LocalDate[] dueBy = new LocalDate[n];
        String[] why = new String[n];
        Boolean[] certain = new Boolean[n];
        String[] path = new String[n];
        UUID[] team = new UUID[n];
        UUID[] worker = new UUID[n];
        for (int i = 0; i < n; i++) {
            DueItem item = items.get(i).item();
            child[i] = item.childId();
            kind[i] = item.kind().name();
            dueBy[i] = item.dueBy();
            why[i] = item.why();
            certain[i] = item.dateCertain();
            path[i] = item.recordPath();
            team[i] = items.get(i).teamId();
            worker[i] = items.get(i).workerId();
        }
        jdbc.sql("""
                INSERT INTO due_item (child_id, kind, due_by, why, date_certain, record_path, team_id, worker_id)
                SELECT * FROM unnest(:child::uuid[], :kind::text[], :dueBy::date[], :why::text[],
                                     :certain::boolean[], :path::text[], :team::uuid[], :worker::uuid[])""")
                .param("child", child).param("kind", kind).param("dueBy", java.util.Arrays.stream(dueBy)
                        .map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .param("why", why).param("certain", certain).param("path", path).param("team", team)
                .param("worker", worker).update();
    }

    public List<Stored> forChild(UUID childId) {
        return jdbc.sql("SELECT * FROM due_item WHERE child_id = :child ORDER BY due_by")
                .param("child", childId).query((rs, n) -> map(rs)).list();
    }

    public List<Stored> forWorker(UUID workerId, LocalDate dueOnOrBefore) {
        return jdbc.sql("SELECT * FROM due_item WHERE worker_id = :worker AND due_by <= :until ORDER BY due_by")
                .param("worker", workerId).param("until", dueOnOrBefore).query((rs, n) -> map(rs)).list();
    }

    public List<Stored> forTeam(UUID teamId, LocalDate dueOnOrBefore) {
        return jdbc.sql("SELECT * FROM due_item WHERE team_id = :team AND due_by <= :until ORDER BY due_by")
                .param("team", teamId).param("until", dueOnOrBefore).query((rs, n) -> map(rs)).list();
    }

    /** Overdue and due-soon counts for every team, for the head of service. */
    public List<TeamCount> countsByTeam(LocalDate today, LocalDate dueSoonUntil) {
        return jdbc.sql("""
                SELECT team_id, count(*) FILTER (WHERE due_by < :today) AS overdue,
                       count(*) FILTER (WHERE due_by >= :today AND due_by <= :soon) AS due_soon,
                       count(DISTINCT child_id) FILTER (WHERE due_by < :today) AS children_overdue
                FROM due_item WHERE due_by <= :soon GROUP BY team_id""")
                .param("today", today).param("soon", dueSoonUntil)
                .query((rs, n) -> new TeamCount(rs.getObject("team_id", UUID.class), rs.getLong("overdue"),
                        rs.getLong("due_soon"), rs.getLong("children_overdue"))).list();
    }

    public record TeamCount(UUID teamId, long overdue, long dueSoon, long childrenOverdue) {
    }

    void recordRun(LocalDate asOf, Instant started, Instant finished, int children, int items) {
        jdbc.sql("""
                INSERT INTO due_item_run (as_of, started_at, finished_at, children, items)
                VALUES (:asOf, :started, :finished, :children, :items)""")
                .param("asOf", asOf).param("started", java.sql.Timestamp.from(started))
                .param("finished", java.sql.Timestamp.from(finished)).param("children", children)
                .param("items", items).update();
    }

    boolean ranFor(LocalDate asOf) {
        return jdbc.sql("SELECT count(*) FROM due_item_run WHERE as_of = :asOf").param("asOf", asOf)
                .query(Long.class).single() > 0;
    }

    private static Stored map(ResultSet rs) throws SQLException {
        return new Stored(new DueItem(rs.getObject("child_id", UUID.class), DueKind.valueOf(rs.getString("kind")),
                rs.getObject("due_by", LocalDate.class), rs.getString("why"), rs.getBoolean("date_certain"),
                rs.getString("record_path")), rs.getObject("team_id", UUID.class),
                rs.getObject("worker_id", UUID.class));
    }
}
