package org.hearth.children.internal;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.children.ChildHistoriesLoaded;
import org.hearth.children.ChildImports;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.children.NewChild;
import org.hearth.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes children and episodes for an import with a handful of queries and JDBC batches, whatever the
 * number of children: 50,000 children must import in under two minutes (issue 8).
 */
@Service
class BulkChildImports implements ChildImports {

    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ChildRepository children;
    private final CaseloadCounts counts;
    private final ApplicationEventPublisher events;

    BulkChildImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ChildRepository children, CaseloadCounts counts,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.children = children;
        this.counts = counts;
        this.events = events;
    }

    @Override
    public List<String> problemsWithFirstChildBornOn(LocalDate firstChildBornOn, LocalDate dateOfBirth,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        ChildDetailsValidator.motherStatus(Boolean.TRUE, firstChildBornOn, "F", dateOfBirth, today, problems);
        return problems.stream().map(FieldProblem::message).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Held> held(Collection<String> localChildIds) {
        Map<String, Held> held = new HashMap<>();
        List<String> ids = localChildIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<UUID> childIds = jdbc.sql("SELECT id FROM child WHERE lower(local_child_id) = ANY(:ids)")
                    .param("ids", chunk.toArray(String[]::new)).query(UUID.class).list();
            if (childIds.isEmpty()) {
                continue;
            }
            Map<UUID, List<EpisodeView>> episodes = new HashMap<>();
            jdbc.sql("""
                    SELECT e.*, c.name AS carer_name FROM episode e LEFT JOIN carer c ON c.id = e.carer_id
                    WHERE e.child_id = ANY(:ids) ORDER BY e.child_id, e.decom""")
                    .param("ids", childIds.toArray(UUID[]::new))
                    .query(rs -> {
                        Episode e = EpisodeRepository.map(rs);
                        episodes.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                                .add(new EpisodeView(e.id(), e.decom(), e.rne(), e.ls(), e.cin(), e.place(),
                                        e.placeProvider(), e.carerId(), rs.getString("carer_name"), e.plPost(),
                                        e.urn(), e.homePost(), e.dec(), e.rec(), e.reasonPlaceChange()));
                    });
            for (ChildView child : children.findAll(childIds)) {
                held.put(child.localChildId().toUpperCase(Locale.ROOT),
                        new Held(child, List.copyOf(episodes.getOrDefault(child.id(), List.of()))));
            }
        }
        return held;
    }

    @Override
    @Transactional
    public void write(Batch batch) {
        Set<UUID> touched = new LinkedHashSet<>();
        if (!batch.created().isEmpty()) {
            counts.childChanged();
        }
        List<Object[]> created = new ArrayList<>();
        for (NewChildWithId c : batch.created()) {
            created.add(childRow(c.id(), c.details(), batch.by()));
            touched.add(c.id());
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO child (id, local_child_id, first_name, middle_names, last_name, preferred_name,
                    date_of_birth, sex, ethnicity, upn, nhs_number, uasc, uasc_ceased_on, home_postcode,
                    current_postcode, responsible_team_id, allocated_worker_id, created_by, updated_by, mother,
                    first_child_born_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", created,
                new int[] {Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.DATE,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER, Types.BOOLEAN,
                    Types.DATE});
        List<Object[]> changed = new ArrayList<>();
        for (NewChildWithId c : batch.changed()) {
            NewChild d = c.details();
            changed.add(new Object[] {Date.valueOf(d.dateOfBirth()), d.sex(), d.ethnicity(), d.upn(),
                Boolean.TRUE.equals(d.uasc()), d.uascCeasedOn() == null ? null : Date.valueOf(d.uascCeasedOn()),
                batch.by(), c.id()});
            touched.add(c.id());
        }
        jdbcTemplate.batchUpdate("""
                UPDATE child SET date_of_birth = ?, sex = ?, ethnicity = ?, upn = ?, uasc = ?, uasc_ceased_on = ?,
                    updated_by = ?, updated_at = now(), version = version + 1
                WHERE id = ?""", changed, new int[] {Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.BOOLEAN, Types.DATE, Types.OTHER, Types.OTHER});
        List<Object[]> mothers = new ArrayList<>();
        for (MotherStatus m : batch.motherStatuses()) {
            mothers.add(new Object[] {m.mother(), date(m.firstChildBornOn()), batch.by(), m.childId()});
            touched.add(m.childId());
        }
        jdbcTemplate.batchUpdate("""
                UPDATE child SET mother = ?, first_child_born_on = ?, updated_by = ?, updated_at = now(),
                    version = version + 1
                WHERE id = ?""", mothers, new int[] {Types.BOOLEAN, Types.DATE, Types.OTHER, Types.OTHER});
        Map<String, UUID> settings = settings(batch);
        // changes first: closing an open episode makes room for the next one (one open episode, no overlaps)
        List<Object[]> changedEpisodes = new ArrayList<>();
        for (ImportedEpisode e : batch.changedEpisodes()) {
            changedEpisodes.add(new Object[] {e.rne(), e.ls(), e.cin(), e.place(), e.placeProvider(),
                settings.get(settingKey(e)), e.plPost(), e.urn(), e.homePost(), date(e.dec()), e.rec(),
                e.reasonPlaceChange(), batch.by(), e.id()});
            touched.add(e.childId());
        }
        jdbcTemplate.batchUpdate("""
                UPDATE episode SET rne = ?, ls = ?, cin = ?, place = ?, place_provider = ?, carer_id = ?, pl_post = ?,
                    urn = ?, home_post = ?, dec = ?, rec = ?, reason_place_change = ?, recorded_by = ?,
                    recorded_at = now()
                WHERE id = ?""", changedEpisodes, new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.OTHER});
        List<Object[]> newEpisodes = new ArrayList<>();
        for (ImportedEpisode e : batch.newEpisodes()) {
            newEpisodes.add(new Object[] {e.id(), e.childId(), date(e.decom()), e.rne(), e.ls(), e.cin(), e.place(),
                e.placeProvider(), settings.get(settingKey(e)), e.plPost(), e.urn(), e.homePost(), date(e.dec()),
                e.rec(), e.reasonPlaceChange(), batch.by()});
            touched.add(e.childId());
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO episode (id, child_id, decom, rne, ls, cin, place, place_provider, carer_id, pl_post, urn,
                                     home_post, dec, rec, reason_place_change, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", newEpisodes,
                new int[] {Types.OTHER, Types.OTHER, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                    Types.VARCHAR, Types.VARCHAR, Types.OTHER});
        if (!touched.isEmpty()) {
            events.publishEvent(new ChildHistoriesLoaded(List.copyOf(touched), batch.by(), batch.importId()));
        }
    }

    /**
     * Settings by URN: found in the register or added to it. Foster placements (903 PLACE U1-U6) are left unlinked:
     * their URN is the fostering service's, not the household's, and a household needs an approval type the return
     * does not give.
     */
    private Map<String, UUID> settings(Batch batch) {
        Map<String, String> wanted = new HashMap<>();
        for (List<ImportedEpisode> list : List.of(batch.newEpisodes(), batch.changedEpisodes())) {
            for (ImportedEpisode e : list) {
                String key = settingKey(e);
                if (key != null) {
                    wanted.putIfAbsent(key, e.plPost());
                }
            }
        }
        Map<String, UUID> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT DISTINCT ON (ofsted_urn) ofsted_urn, id FROM carer WHERE kind = 'SETTING' "
                + "AND ofsted_urn = ANY(:urns) ORDER BY ofsted_urn, created_at")
                .param("urns", wanted.keySet().toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, String> w : wanted.entrySet()) {
            if (!found.containsKey(w.getKey())) {
                UUID id = UUID.randomUUID();
                found.put(w.getKey(), id);
                String postcode = w.getValue() == null ? null : Identifiers.normalisePostcode(w.getValue());
                rows.add(new Object[] {id, "Setting " + w.getKey(), w.getKey(), postcode});
            }
        }
        jdbcTemplate.batchUpdate("INSERT INTO carer (id, kind, name, ofsted_urn, postcode) VALUES (?, 'SETTING', ?, ?, ?)",
                rows, new int[] {Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        return found;
    }

    private static String settingKey(ImportedEpisode e) {
        if (e.urn() == null || "XXXXXXX".equals(e.urn()) || e.place() == null || e.place().startsWith("U")
                || !Identifiers.isOfstedUrn(e.urn())) {
            return null;
        }
        return e.urn();
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Object[] childRow(UUID id, NewChild c, UUID by) {
        return new Object[] {id, c.localChildId(), c.firstName(), c.middleNames(), c.lastName(), c.preferredName(),
            Date.valueOf(c.dateOfBirth()), c.sex(), c.ethnicity(), c.upn(), c.nhsNumber(), Boolean.TRUE.equals(c.uasc()),
            date(c.uascCeasedOn()), c.homePostcode(), c.currentPostcode(), c.responsibleTeamId(),
            c.allocatedWorkerId(), by, by, c.mother(), date(c.firstChildBornOn())};
    }
}
