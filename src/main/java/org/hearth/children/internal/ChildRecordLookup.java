package org.hearth.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.ChildAccessSubject;
import org.hearth.children.CareEnded;
import org.hearth.children.CareStarted;
import org.hearth.children.ChildRecordCreated;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.children.Events;
import org.hearth.children.LegalStatusChanged;
import org.hearth.children.PlacementChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's records and the key events of their stored histories, for other modules. */
@Service
@Transactional(readOnly = true)
class ChildRecordLookup implements ChildRecords {

    private final ChildRepository children;
    private final JdbcClient jdbc;
    private final ChildService childService;

    ChildRecordLookup(ChildRepository children, JdbcClient jdbc, ChildService childService) {
        this.childService = childService;
        this.children = children;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ChildView> find(UUID childId) {
        return childId == null ? Optional.empty() : children.find(childId);
    }

    @Override
    public List<ChildView> findAll(Collection<UUID> childIds) {
        return childIds.isEmpty() ? List.of() : children.findAll(childIds);
    }

    @Override
    public List<ChildView> allocatedTo(UUID workerId) {
        return workerId == null ? List.of() : children.allocatedTo(workerId);
    }

    @Override
    public List<UUID> idsInTeams(java.util.Collection<UUID> teamIds) {
        return teamIds.isEmpty() ? List.of() : jdbc.sql("SELECT id FROM child WHERE responsible_team_id = ANY(:teams)")
                .param("teams", teamIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    @Override
    public Map<UUID, ChildAccessSubject> accessSubjectsOf(Collection<UUID> childIds) {
        Map<UUID, ChildAccessSubject> subjects = new HashMap<>();
        List<UUID> ids = List.copyOf(childIds);
        for (int from = 0; from < ids.size(); from += 5000) {
            jdbc.sql("SELECT id, responsible_team_id, allocated_worker_id, restricted FROM child WHERE id = ANY(:ids)")
                    .param("ids", ids.subList(from, Math.min(from + 5000, ids.size())).toArray(UUID[]::new))
                    .query((rs, n) -> new ChildAccessSubject(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getBoolean(4)))
                    .list().forEach(subject -> subjects.put(subject.childId(), subject));
        }
        return subjects;
    }

    @Override
    public Optional<EpisodeView> episode(UUID episodeId) {
        return jdbc.sql("SELECT child_id FROM episode WHERE id = :id").param("id", episodeId).query(UUID.class)
                .optional().flatMap(childId -> childService.episodeViews(childId).stream()
                        .filter(e -> e.id().equals(episodeId)).findFirst());
    }

    /**
     * Derives the events from the stored episodes the same way {@link EpisodeService} publishes them as it records:
     * an S episode is care started, L a legal status change, any other a placement change (with a legal status
     * change too when the status differs), and an episode ceasing other than X1 is care ended.
     */
    @Override
    public Map<UUID, List<Events>> keyEventsOf(Collection<UUID> childIds) {
        Map<UUID, List<Events>> events = new HashMap<>();
        if (childIds.isEmpty()) {
            return events;
        }
        UUID[] ids = childIds.toArray(UUID[]::new);
        jdbc.sql("""
                SELECT id, local_child_id, responsible_team_id, allocated_worker_id, created_by, created_at
                FROM child WHERE id = ANY(:ids)""").param("ids", ids).query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    events.computeIfAbsent(id, k -> new ArrayList<>()).add(new ChildRecordCreated(id,
                            rs.getString("local_child_id"), rs.getObject("responsible_team_id", UUID.class),
                            rs.getObject("allocated_worker_id", UUID.class), rs.getObject("created_by", UUID.class),
                            rs.getTimestamp("created_at").toInstant()));
                });
        Map<UUID, Row> previous = new HashMap<>();
        jdbc.sql("""
                SELECT id, child_id, decom, rne, ls, cin, place, carer_id, dec, rec, reason_place_change, recorded_by
                FROM episode WHERE child_id = ANY(:ids) ORDER BY child_id, decom""").param("ids", ids)
                .query((ResultSet rs) -> {
                    Row row = Row.of(rs);
                    List<Events> list = events.computeIfAbsent(row.childId, k -> new ArrayList<>());
                    Row before = previous.put(row.childId, row);
                    switch (row.rne) {
                        case "S" -> list.add(new CareStarted(row.childId, row.id, row.decom, row.ls, row.cin, row.place,
                                row.carerId, row.recordedBy));
                        case "L" -> list.add(new LegalStatusChanged(row.childId, row.id, row.decom,
                                before == null ? null : before.ls, row.ls, row.recordedBy));
                        default -> {
                            if (before != null && !before.ls.equals(row.ls)) {
                                list.add(new LegalStatusChanged(row.childId, row.id, row.decom, before.ls, row.ls,
                                        row.recordedBy));
                            }
                            list.add(new PlacementChanged(row.childId, row.id, row.decom, row.rne,
                                    before == null ? null : before.place, row.place,
                                    before == null ? null : before.carerId, row.carerId,
                                    "T".equals(row.rne) || "U".equals(row.rne),
                                    before == null ? null : before.reasonPlaceChange, row.recordedBy));
                        }
                    }
                    if (row.dec != null && !"X1".equals(row.rec)) {
                        list.add(new CareEnded(row.childId, row.id, row.dec, row.rec, row.recordedBy));
                    }
                });
        return events;
    }

    private record Row(UUID id, UUID childId, LocalDate decom, String rne, String ls, String cin, String place, UUID carerId,
            LocalDate dec, String rec, String reasonPlaceChange, UUID recordedBy) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                    rs.getObject("decom", LocalDate.class), rs.getString("rne"), rs.getString("ls"), rs.getString("cin"),
                    rs.getString("place"), rs.getObject("carer_id", UUID.class),
                    rs.getObject("dec", LocalDate.class), rs.getString("rec"), rs.getString("reason_place_change"),
                    rs.getObject("recorded_by", UUID.class));
        }
    }

    @Override
    public Map<String, ChildAccessSubject> accessSubjectsByLocalId(Collection<String> localChildIds) {
        Map<String, ChildAccessSubject> subjects = new HashMap<>();
        List<String> ids = localChildIds.stream().filter(java.util.Objects::nonNull)
                .map(id -> id.trim().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        for (int from = 0; from < ids.size(); from += 5000) {
            jdbc.sql("""
                    SELECT id, local_child_id, responsible_team_id, allocated_worker_id, restricted FROM child
                    WHERE lower(local_child_id) = ANY(:ids)""")
                    .param("ids", ids.subList(from, Math.min(from + 5000, ids.size())).toArray(String[]::new))
                    .query(rs -> {
                        subjects.put(rs.getString("local_child_id").trim().toUpperCase(java.util.Locale.ROOT),
                                new ChildAccessSubject(rs.getObject("id", UUID.class),
                                        rs.getObject("responsible_team_id", UUID.class),
                                        rs.getObject("allocated_worker_id", UUID.class),
                                        rs.getBoolean("restricted")));
                    });
        }
        return subjects;
    }
}
