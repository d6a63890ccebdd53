package org.hearth.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.children.AllocationPeriod;
import org.hearth.children.SocialWorkerChangeReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The allocation history (903 SWEpisodes): written in the caller's transaction with every change of allocated
 * worker, so that the history and the child's current worker never disagree.
 */
@Repository
public class AllocationPeriodRepository {

    private final JdbcClient jdbc;

    AllocationPeriodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The child's worker changed on this day: the open period ends and, when there is a new worker, one begins. Same
     * worker: nothing changes.
     */
    public void changed(UUID childId, UUID toWorkerId, LocalDate on, SocialWorkerChangeReason reason, String note,
            UUID by) {
        // an imported period may name its worker by 903 id only (no worker_id): any change of worker ends it
        UUID current = jdbc.sql("SELECT worker_id FROM allocation_period WHERE child_id = :child AND ended_on IS NULL")
                .param("child", childId).query(UUID.class).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (current != null && current.equals(toWorkerId)) {
            return;
        }
        // a period that began later than the change (a back-dated record) ends the day it began
        jdbc.sql("""
                UPDATE allocation_period SET ended_on = GREATEST(:on, started_on)
                WHERE child_id = :child AND ended_on IS NULL""").param("on", on).param("child", childId).update();
        if (toWorkerId != null) {
            jdbc.sql("""
                    INSERT INTO allocation_period (id, child_id, worker_id, started_on, sw_reason, note, recorded_by)
                    VALUES (:id, :child, :worker, :on, :reason, :note, :by)""")
                    .param("id", UUID.randomUUID()).param("child", childId).param("worker", toWorkerId)
                    .param("on", on).param("reason", reason == null ? null : reason.name())
                    .param("note", note == null || note.isBlank() ? null : note.strip()).param("by", by).update();
        }
    }

    public Map<UUID, List<AllocationPeriod>> of(Collection<UUID> childIds) {
        Map<UUID, List<AllocationPeriod>> result = new HashMap<>();
        if (childIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT child_id, worker_id, started_on, ended_on, sw_reason, social_worker_ref FROM allocation_period
                WHERE child_id = ANY(:ids) ORDER BY child_id, started_on, recorded_at""")
                .param("ids", childIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    java.sql.Date ended = rs.getDate("ended_on");
                    result.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                            .add(new AllocationPeriod(rs.getObject("worker_id", UUID.class),
                                    rs.getDate("started_on").toLocalDate(),
                                    ended == null ? null : ended.toLocalDate(), rs.getString("sw_reason"),
                                    rs.getString("social_worker_ref")));
                });
        return result;
    }
}
