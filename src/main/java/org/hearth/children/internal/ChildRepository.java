package org.hearth.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.ChildAccessSubject;
import org.hearth.access.ChildVisibility;
import org.hearth.children.CareStatus;
import org.hearth.children.ChildSummary;
import org.hearth.children.ChildView;
import org.hearth.children.NewChild;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChildRepository {

    private static final String COLUMNS = """
            c.id, c.local_child_id, c.first_name, c.middle_names, c.last_name, c.preferred_name, c.date_of_birth,
            c.sex, c.ethnicity, c.upn, c.nhs_number, c.uasc, c.uasc_ceased_on, c.home_postcode, c.current_postcode,
            c.responsible_team_id, c.allocated_worker_id, c.restricted, c.version, c.mother, c.first_child_born_on""";

    /**
     * Care status now: in care while an episode is open; a care leaver if care ended on or after the 16th birthday
     * and the young person is not yet 25.
     */
    private static final String SUMMARY_SELECT = """
            SELECT c.id, c.local_child_id, c.first_name, c.last_name, c.preferred_name, c.date_of_birth, c.uasc,
                   c.responsible_team_id, c.allocated_worker_id, e.place AS current_place, e.decom AS episode_start,
                   CASE WHEN e.id IS NOT NULL THEN 'IN_CARE'
                        WHEN c.date_of_birth > CAST(:today AS date) - interval '25 years'
                             AND EXISTS (SELECT 1 FROM episode x WHERE x.child_id = c.id
                                         AND x.dec >= c.date_of_birth + interval '16 years') THEN 'CARE_LEAVER'
                        ELSE 'NOT_LOOKED_AFTER' END AS care_status
            FROM child c LEFT JOIN episode e ON e.child_id = c.id AND e.dec IS NULL
            """;

    /** Unrestricted children the user's role lets them see, and restricted ones they are named on. */
    private static final String VISIBLE = """
            ((NOT c.restricted AND (:all OR c.responsible_team_id = ANY(:teams) OR c.allocated_worker_id = :worker))
             OR (c.restricted AND c.id = ANY(:named)))""";

    private final JdbcClient jdbc;
    private final CaseloadCounts counts;

    ChildRepository(JdbcClient jdbc, CaseloadCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    Optional<ChildView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM child c WHERE c.id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    List<ChildView> findAll(java.util.Collection<UUID> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM child c WHERE c.id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query((rs, n) -> map(rs)).list();
    }

    /** Locks the child's row so that two commands on one child run one after the other. */
    Optional<ChildView> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM child c WHERE c.id = :id FOR UPDATE").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    boolean localChildIdTaken(String localChildId, UUID exceptId) {
        return jdbc.sql("SELECT count(*) FROM child WHERE lower(local_child_id) = lower(:id) AND id <> :except")
                .param("id", localChildId).param("except", exceptId == null ? new UUID(0, 0) : exceptId)
                .query(Long.class).single() > 0;
    }

    void insert(UUID id, NewChild child, UUID createdBy) {
        counts.childChanged();
        jdbc.sql("""
                INSERT INTO child (id, local_child_id, first_name, middle_names, last_name, preferred_name,
                    date_of_birth, sex, ethnicity, upn, nhs_number, uasc, uasc_ceased_on, home_postcode,
                    current_postcode, responsible_team_id, allocated_worker_id, created_by, updated_by, mother,
                    first_child_born_on)
                VALUES (:id, :localChildId, :firstName, :middleNames, :lastName, :preferredName, :dateOfBirth, :sex,
                    :ethnicity, :upn, :nhsNumber, :uasc, :uascCeasedOn, :homePostcode, :currentPostcode, :teamId,
                    :workerId, :by, :by, :mother, :firstChildBornOn)""")
                .param("id", id).params(params(child)).param("by", createdBy).update();
    }

    /** @return false when the version no longer matches (someone else changed the record) */
    boolean update(UUID id, int expectedVersion, NewChild child, UUID updatedBy) {
        counts.childChanged();
        return jdbc.sql("""
                UPDATE child SET local_child_id = :localChildId, first_name = :firstName, middle_names = :middleNames,
                    last_name = :lastName, preferred_name = :preferredName, date_of_birth = :dateOfBirth, sex = :sex,
                    ethnicity = :ethnicity, upn = :upn, nhs_number = :nhsNumber, uasc = :uasc,
                    uasc_ceased_on = :uascCeasedOn, home_postcode = :homePostcode, current_postcode = :currentPostcode,
                    responsible_team_id = :teamId, allocated_worker_id = :workerId, mother = :mother,
                    first_child_born_on = :firstChildBornOn, version = version + 1, updated_at = now(),
                    updated_by = :by
                WHERE id = :id AND version = :version""")
                .params(params(child)).param("id", id).param("version", expectedVersion).param("by", updatedBy)
                .update() == 1;
    }

    /** Episodes are part of the child's record: recording one moves the record's version on. */
    void touch(UUID id, UUID updatedBy) {
        counts.childChanged();
        jdbc.sql("UPDATE child SET version = version + 1, updated_at = now(), updated_by = :by WHERE id = :id")
                .param("id", id).param("by", updatedBy).update();
    }

    List<ChildView> allocatedTo(UUID workerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM child c WHERE c.allocated_worker_id = :worker "
                + "ORDER BY c.local_child_id").param("worker", workerId).query((rs, n) -> map(rs)).list();
    }

    void allocate(UUID id, UUID workerId, UUID by) {
        counts.childChanged();
        jdbc.sql("""
                UPDATE child SET allocated_worker_id = :worker, version = version + 1, updated_at = now(),
                    updated_by = :by WHERE id = :id""")
                .param("worker", workerId).param("by", by).param("id", id).update();
    }

    void setRestricted(UUID id, boolean restricted, UUID by) {
        counts.childChanged();
        jdbc.sql("""
                UPDATE child SET restricted = :restricted, version = version + 1, updated_at = now(), updated_by = :by
                WHERE id = :id""").param("id", id).param("restricted", restricted).param("by", by).update();
    }

    ChildAccessSubject accessSubject(ChildView child) {
        return new ChildAccessSubject(child.id(), child.responsibleTeamId(), child.allocatedWorkerId(),
                child.restricted());
    }

    Page<ChildSummary> caseload(ChildVisibility visibility, CaseloadFilter filter, LocalDate today, int page,
            int size) {
        List<String> where = new ArrayList<>(List.of(VISIBLE));
        if (filter.teamId() != null) {
            where.add("c.responsible_team_id = :teamId");
        }
        if (filter.workerId() != null) {
            where.add("c.allocated_worker_id = :workerId");
        }
        if (Boolean.TRUE.equals(filter.uasc())) {
            where.add("c.uasc");
        }
        String conditions = String.join(" AND ", where);
        long total;
        List<ChildSummary> rows;
        if (filter.status() == null) {
            // no status filter: count and pick the page from the child table alone, then work out the status of
            // the children on the page only (on the stress set, the whole caseload of a head of service is 30,000)
            total = counts.total(visibility, filter, today, () -> bind(
                    jdbc.sql("SELECT count(*) FROM child c WHERE " + conditions), visibility, filter, today)
                    .query(Long.class).single());
            rows = bind(jdbc.sql("WITH on_page AS (SELECT c.id FROM child c WHERE " + conditions
                    + " ORDER BY c.last_name, c.first_name, c.id OFFSET :offset LIMIT :limit) "
                    + SUMMARY_SELECT + " JOIN on_page p ON p.id = c.id ORDER BY c.last_name, c.first_name, c.id"),
                    visibility, filter, today)
                    .param("offset", page * size).param("limit", size)
                    .query((rs, n) -> summary(rs)).list();
        } else {
            String inner = SUMMARY_SELECT + " WHERE " + conditions;
            total = counts.total(visibility, filter, today, () -> bind(
                    jdbc.sql("SELECT count(*) FROM (" + inner + ") s WHERE care_status = :status"), visibility,
                    filter, today).query(Long.class).single());
            rows = bind(jdbc.sql("SELECT * FROM (" + inner + ") s WHERE care_status = :status"
                    + " ORDER BY last_name, first_name, id OFFSET :offset LIMIT :limit"), visibility, filter, today)
                    .param("offset", page * size).param("limit", size)
                    .query((rs, n) -> summary(rs)).list();
        }
        return new Page<>(rows, page, size, total);
    }

    /**
     * Search by name with typo tolerance (trigram similarity), or exactly by local ID, UPN, NHS number or date of
     * birth.
     */
    List<ChildSummary> search(ChildVisibility visibility, SearchQuery query, LocalDate today, int limit) {
        if (query.kind() == SearchQuery.Kind.NAME_OR_ID) {
            return searchByNameOrId(visibility, query.term(), today, limit);
        }
        String condition = switch (query.kind()) {
            case NHS_NUMBER -> "c.nhs_number = :term";
            case UPN -> "c.upn = :term";
            default -> "c.date_of_birth = CAST(:term AS date)";
        };
        return bind(jdbc.sql(SUMMARY_SELECT + " WHERE " + VISIBLE + " AND " + condition
                + " ORDER BY c.last_name, c.first_name LIMIT :limit"), visibility, CaseloadFilter.NONE, today)
                .param("term", query.term()).param("limit", limit).query((rs, n) -> summary(rs)).list();
    }

    /**
     * An exact local ID first, then names by trigram similarity, so "Mariam Husain" finds Maryam Hussain. Each
     * branch can use its index (the trigram GIN index, the lower-case local ID index); an OR of them could not.
     * The care status is worked out for the best matches only, not for every name that is close.
     */
    private List<ChildSummary> searchByNameOrId(ChildVisibility visibility, String term, LocalDate today,
            int limit) {
        String sql = """
                WITH matches AS (
                    SELECT id, 2.0::real AS score FROM child WHERE lower(local_child_id) = :term
                    UNION ALL
                    SELECT id, similarity(search_name, :term) FROM child WHERE search_name % :term
                    UNION ALL
                    SELECT id, word_similarity(:term, search_name) FROM child WHERE :term <% search_name
                ), best AS (SELECT id, max(score) AS score FROM matches GROUP BY id),
                top AS (SELECT c.id, b.score FROM best b JOIN child c ON c.id = b.id WHERE """ + VISIBLE + """
                        ORDER BY b.score DESC, c.last_name, c.first_name LIMIT :limit)
                """ + SUMMARY_SELECT + " JOIN top t ON t.id = c.id ORDER BY t.score DESC, c.last_name, c.first_name";
        return bind(jdbc.sql(sql), visibility, CaseloadFilter.NONE, today)
                .param("term", term.toLowerCase(java.util.Locale.ROOT)).param("limit", limit)
                .query((rs, n) -> summary(rs)).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ChildVisibility visibility,
            CaseloadFilter filter, LocalDate today) {
        spec = spec.param("all", visibility.all())
                .param("teams", visibility.teamIds().toArray(UUID[]::new))
                .param("worker", visibility.workerId(), java.sql.Types.OTHER)
                .param("named", visibility.namedOnRestricted().toArray(UUID[]::new))
                .param("today", today);
        if (filter.teamId() != null) {
            spec = spec.param("teamId", filter.teamId());
        }
        if (filter.workerId() != null) {
            spec = spec.param("workerId", filter.workerId());
        }
        if (filter.status() != null) {
            spec = spec.param("status", filter.status().name());
        }
        return spec;
    }

    private static java.util.Map<String, Object> params(NewChild child) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("localChildId", child.localChildId());
        params.put("firstName", child.firstName());
        params.put("middleNames", child.middleNames());
        params.put("lastName", child.lastName());
        params.put("preferredName", child.preferredName());
        params.put("dateOfBirth", child.dateOfBirth());
        params.put("sex", child.sex());
        params.put("ethnicity", child.ethnicity());
        params.put("upn", child.upn());
        params.put("nhsNumber", child.nhsNumber());
        params.put("uasc", Boolean.TRUE.equals(child.uasc()));
        params.put("uascCeasedOn", child.uascCeasedOn());
        params.put("homePostcode", child.homePostcode());
        params.put("currentPostcode", child.currentPostcode());
        params.put("teamId", child.responsibleTeamId());
        params.put("workerId", child.allocatedWorkerId());
        params.put("mother", child.mother());
        params.put("firstChildBornOn", child.firstChildBornOn());
        return params;
    }

    private static ChildView map(ResultSet rs) throws SQLException {
        return new ChildView(rs.getObject("id", UUID.class), rs.getString("local_child_id"),
                rs.getString("first_name"), rs.getString("middle_names"), rs.getString("last_name"),
                rs.getString("preferred_name"), EpisodeRepository.date(rs, "date_of_birth"), rs.getString("sex"),
                rs.getString("ethnicity"), rs.getString("upn"), rs.getString("nhs_number"), rs.getBoolean("uasc"),
                EpisodeRepository.date(rs, "uasc_ceased_on"), rs.getString("home_postcode"),
                rs.getString("current_postcode"), rs.getObject("responsible_team_id", UUID.class),
                rs.getObject("allocated_worker_id", UUID.class), rs.getBoolean("restricted"), rs.getInt("version"),
                rs.getObject("mother", Boolean.class), EpisodeRepository.date(rs, "first_child_born_on"));
    }

    private static ChildSummary summary(ResultSet rs) throws SQLException {
        String preferred = rs.getString("preferred_name");
        String name = (preferred == null ? rs.getString("first_name") : preferred) + " " + rs.getString("last_name");
        return new ChildSummary(rs.getObject("id", UUID.class), rs.getString("local_child_id"), name,
                EpisodeRepository.date(rs, "date_of_birth"), rs.getBoolean("uasc"),
                rs.getObject("responsible_team_id", UUID.class), rs.getObject("allocated_worker_id", UUID.class),
                CareStatus.valueOf(rs.getString("care_status")), rs.getString("current_place"),
                EpisodeRepository.date(rs, "episode_start"));
    }
}
