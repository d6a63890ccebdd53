package org.hearth.access;

import java.util.List;
import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only log of every view, change and export of a child's record. The application's database role can
 * only insert and read it; a trigger refuses updates and deletes from anyone.
 */
@Service
public class AccessLog {

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an allowed access, in the caller's transaction: a change and its log entry commit together. */
    @Transactional
    public void record(CurrentUser user, UUID childId, AccessAction action, String what) {
        insert(user.id(), user.username(), childId, action, what, "ALLOWED");
    }

    /** Records a refused access in a transaction of its own, so it stays when the request rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(CurrentUser user, UUID childId, AccessAction action, String what) {
        insert(user == null ? null : user.id(), user == null ? "anonymous" : user.username(), childId, action, what,
                "DENIED");
    }

    /** Records a refusal decided before a Hearth user was known to the request (by role). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(UUID userId, String username, UUID childId, AccessAction action, String what) {
        insert(userId, username, childId, action, what, "DENIED");
    }

    /**
     * Records one allowed access to each of many children (the 903 return's export of thousands), in the caller's
     * transaction, as one statement per ten thousand children rather than one per child.
     */
    @Transactional
    public void recordAll(CurrentUser user, java.util.Collection<UUID> childIds, AccessAction action, String what) {
        recordAll(user.id(), user.username(), childIds, action, what);
    }

    /**
     * The same for a bulk change made on a user's behalf after their request (a 903 import runs in the background):
     * logged per child, not per row.
     */
    @Transactional
    public void recordAll(UUID userId, String username, java.util.Collection<UUID> childIds, AccessAction action,
            String what) {
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(childIds));
        for (int from = 0; from < ids.size(); from += 10_000) {
            UUID[] batch = ids.subList(from, Math.min(ids.size(), from + 10_000)).toArray(UUID[]::new);
            jdbc.sql("""
                    INSERT INTO access_log (user_id, username, action, child_id, what, outcome, request_id)
                    SELECT :userId, :username, :action, c, :what, 'ALLOWED', :requestId FROM unnest(:ids) AS c""")
                    .param("userId", userId)
                    .param("username", username)
                    .param("action", action.name())
                    .param("ids", batch)
                    .param("what", what)
                    .param("requestId", MDC.get("requestId"))
                    .update();
        }
    }

    private void insert(UUID userId, String username, UUID childId, AccessAction action, String what,
            String outcome) {
        jdbc.sql("""
                INSERT INTO access_log (user_id, username, action, child_id, what, outcome, request_id)
                VALUES (:userId, :username, :action, :childId, :what, :outcome, :requestId)""")
                .param("userId", userId)
                .param("username", username)
                .param("action", action.name())
                .param("childId", childId)
                .param("what", what)
                .param("outcome", outcome)
                .param("requestId", MDC.get("requestId"))
                .update();
    }

    /** A child's access history, newest first. */
    @Transactional(readOnly = true)
    public List<AccessLogEntry> historyOf(UUID childId, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, user_id, username, action, child_id, what, outcome
                FROM access_log WHERE child_id = :childId ORDER BY occurred_at DESC, id DESC
                OFFSET :offset LIMIT :limit""")
                .param("childId", childId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new AccessLogEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("user_id", UUID.class), rs.getString("username"),
                        AccessAction.valueOf(rs.getString("action")), rs.getObject("child_id", UUID.class),
                        rs.getString("what"), rs.getString("outcome")))
                .list();
    }

    @Transactional(readOnly = true)
    public long countFor(UUID childId) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE child_id = :childId").param("childId", childId)
                .query(Long.class).single();
    }
}
