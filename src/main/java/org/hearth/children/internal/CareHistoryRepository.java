package org.hearth.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.hearth.children.CareHistory;
import org.hearth.children.EpisodeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads children with their episodes, two queries per batch whatever the batch size. */
@Repository
public class CareHistoryRepository {

    private final JdbcClient jdbc;

    CareHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CareHistory> of(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = childIds.stream().distinct().toArray(UUID[]::new);
        List<ChildRow> children = jdbc.sql("""
                SELECT id, date_of_birth, responsible_team_id, allocated_worker_id FROM child
                WHERE id = ANY(:ids) ORDER BY id""").param("ids", ids).query((rs, n) -> child(rs)).list();
        return withEpisodes(children, ids);
    }

    public void forEachIdBatch(int batchSize, Consumer<List<UUID>> batch) {
        UUID after = null;
        while (true) {
            // keyset paging in PostgreSQL's own uuid order (Java's UUID order differs: it compares signed longs)
            List<UUID> ids = jdbc.sql(
                    "SELECT id FROM child WHERE CAST(:after AS uuid) IS NULL OR id > :after ORDER BY id LIMIT :size")
                    .param("after", after, java.sql.Types.OTHER).param("size", batchSize).query(UUID.class).list();
            if (ids.isEmpty()) {
                return;
            }
            batch.accept(ids);
            after = ids.get(ids.size() - 1);
        }
    }

    private List<CareHistory> withEpisodes(List<ChildRow> children, UUID[] ids) {
        Map<UUID, List<EpisodeView>> episodes = new HashMap<>();
        jdbc.sql("""
                SELECT e.child_id, e.id, e.decom, e.rne, e.ls, e.cin, e.place, e.place_provider, e.carer_id,
                       c.name AS carer_name, e.pl_post, e.urn, e.home_post, e.dec, e.rec, e.reason_place_change
                FROM episode e LEFT JOIN carer c ON c.id = e.carer_id
                WHERE e.child_id = ANY(:ids) ORDER BY e.child_id, e.decom""").param("ids", ids)
                .query(rs -> {
                    episodes.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                            .add(episode(rs));
                });
        return children.stream().map(c -> new CareHistory(c.id(), c.dateOfBirth(), c.teamId(), c.workerId(),
                episodes.getOrDefault(c.id(), List.of()))).toList();
    }

    private record ChildRow(UUID id, java.time.LocalDate dateOfBirth, UUID teamId, UUID workerId) {
    }

    private static ChildRow child(ResultSet rs) throws SQLException {
        return new ChildRow(rs.getObject("id", UUID.class), EpisodeRepository.date(rs, "date_of_birth"),
                rs.getObject("responsible_team_id", UUID.class), rs.getObject("allocated_worker_id", UUID.class));
    }

    private static EpisodeView episode(ResultSet rs) throws SQLException {
        return new EpisodeView(rs.getObject("id", UUID.class), EpisodeRepository.date(rs, "decom"), rs.getString("rne"),
                rs.getString("ls"), rs.getString("cin"), rs.getString("place"), rs.getString("place_provider"),
                rs.getObject("carer_id", UUID.class), rs.getString("carer_name"), rs.getString("pl_post"),
                rs.getString("urn"), rs.getString("home_post"), EpisodeRepository.date(rs, "dec"),
                rs.getString("rec"), rs.getString("reason_place_change"));
    }
}
