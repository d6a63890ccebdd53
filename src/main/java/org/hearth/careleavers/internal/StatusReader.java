package org.hearth.careleavers.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.careleavers.LeavingCareStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads many young people's recorded statuses in one query: the 903 export reads the whole council at once. */
@Repository
public class StatusReader {

    private final JdbcClient jdbc;

    StatusReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every child asked about who has a leaving care record, statuses oldest first. */
    public Map<UUID, List<LeavingCareStatus>> of(Collection<UUID> childIds) {
        Map<UUID, List<LeavingCareStatus>> result = new HashMap<>();
        if (childIds.isEmpty()) {
            return result;
        }
        UUID[] ids = childIds.stream().distinct().toArray(UUID[]::new);
        jdbc.sql("SELECT child_id FROM care_leaver WHERE child_id = ANY(:ids)").param("ids", ids)
                .query(rs -> {
                    result.put(rs.getObject("child_id", UUID.class), new ArrayList<>());
                });
        jdbc.sql("""
                SELECT child_id, kind, code, started_on FROM care_leaver_status WHERE child_id = ANY(:ids)
                ORDER BY child_id, started_on, recorded_at""").param("ids", ids)
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                            .add(new LeavingCareStatus(rs.getString("kind"), rs.getString("code"),
                                    rs.getDate("started_on").toLocalDate()));
                });
        return result;
    }
}
