package org.hearth.careleavers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.ChildVisibility;
import org.hearth.careleavers.CareLeaverCategory;
import org.hearth.careleavers.Rating;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cohort read model: replaced a batch of young people at a time; read as one page (one indexed query and a count)
 * plus one aggregate for the KPIs.
 */
@Repository
public class CohortRepository {


    /** 903 ACTIV codes counted as in education, employment or training (domain.md, KPIs). */
    public static final List<String> EET_CODES = List.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5");

    /**
     * Sortable columns by their name on the page and in the API. Name, ratings (red first) and age (youngest first)
     * have indexes in exactly these orders (V55, V63): keep them in step.
     */
    public static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("name", "c.sort_name"), Map.entry("age", "c.date_of_birth DESC"),
            Map.entry("category", "c.category"), Map.entry("eet", "c.eet_rank"),
            Map.entry("circumstances", "c.circumstances_rank"),
            Map.entry("activity", "c.activity_code"), Map.entry("accommodation", "c.accommodation_code"),
            Map.entry("intouch", "c.in_touch_code"), Map.entry("contact", "c.last_contact_on"),
            Map.entry("team", "c.team_id"), Map.entry("adviser", "c.adviser_id"), Map.entry("postcode", "c.postcode"),
            Map.entry("lives", "c.authority_name"), Map.entry("miles", "c.miles_from_home"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CohortCounts counts;

    CohortRepository(JdbcClient jdbc, JdbcTemplate template, CohortCounts counts) {
        this.jdbc = jdbc;
        this.template = template;
        this.counts = counts;
    }

    /** Every writer of the read model holds this until its transaction ends, so an older reading never wins. */
    void lockWriters() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", WRITERS_LOCK).query((rs, n) -> 1).single();
    }

    private static final long WRITERS_LOCK = 903_006L;

    void replace(Collection<UUID> childIds, List<CohortRow> rows, LocalDate today) {
        counts.changed();
        jdbc.sql("DELETE FROM care_leaver_cohort WHERE child_id = ANY(:ids)")
                .param("ids", childIds.toArray(UUID[]::new)).update();
        template.batchUpdate("""
                INSERT INTO care_leaver_cohort (child_id, local_child_id, name, sort_name, date_of_birth, team_id,
                    worker_id, restricted, looked_after, category, category_why, category_certain, adviser_id,
                    in_touch_code, last_contact_on, activity_code, activity_since, accommodation_code,
                    accommodation_since, staying_put, postcode, eet_suggested, eet_rating, eet_overridden,
                    circumstances_suggested, circumstances_rating, circumstances_overridden, worked_out_on,
                    residence_status, authority_code, authority_name, out_of_area, miles_from_home)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?)""",
                rows, 500, (ps, r) -> {
                    int i = 1;
                    ps.setObject(i++, r.childId());
                    ps.setString(i++, r.localChildId());
                    ps.setString(i++, r.name());
                    ps.setString(i++, r.sortName());
                    ps.setObject(i++, r.dateOfBirth());
                    ps.setObject(i++, r.teamId());
                    ps.setObject(i++, r.workerId());
                    ps.setBoolean(i++, r.restricted());
                    ps.setBoolean(i++, r.lookedAfter());
                    ps.setString(i++, r.category().name());
                    ps.setString(i++, r.categoryWhy());
                    ps.setBoolean(i++, r.categoryCertain());
                    ps.setObject(i++, r.adviserId());
                    ps.setString(i++, r.inTouchCode());
                    ps.setObject(i++, r.lastContactOn());
                    ps.setString(i++, r.activityCode());
                    ps.setObject(i++, r.activitySince());
                    ps.setString(i++, r.accommodationCode());
                    ps.setObject(i++, r.accommodationSince());
                    ps.setBoolean(i++, r.stayingPut());
                    ps.setString(i++, r.postcode());
                    ps.setString(i++, r.eetSuggested().name());
                    ps.setString(i++, r.eetRating().name());
                    ps.setBoolean(i++, r.eetOverridden());
                    ps.setString(i++, r.circumstancesSuggested().name());
                    ps.setString(i++, r.circumstancesRating().name());
                    ps.setBoolean(i++, r.circumstancesOverridden());
                    ps.setObject(i++, today);
                    ps.setString(i++, r.residenceStatus());
                    ps.setString(i++, r.authorityCode());
                    ps.setString(i++, r.authorityName());
                    ps.setObject(i++, r.outOfArea(), java.sql.Types.BOOLEAN);
                    ps.setObject(i, r.milesFromHome(), java.sql.Types.DOUBLE);
                });
    }

    void recordRun(LocalDate asOf, java.time.Instant started, java.time.Instant finished, int children, int rows) {
        jdbc.sql("""
                INSERT INTO care_leaver_cohort_run (as_of, started_at, finished_at, children, rows_stored)
                VALUES (:asOf, :started, :finished, :children, :rows)""")
                .param("asOf", asOf).param("started", java.sql.Timestamp.from(started))
                .param("finished", java.sql.Timestamp.from(finished)).param("children", children)
                .param("rows", rows).update();
    }

    boolean ranFor(LocalDate asOf) {
        return jdbc.sql("SELECT count(*) FROM care_leaver_cohort_run WHERE as_of = :asOf").param("asOf", asOf)
                .query(Long.class).single() > 0;
    }

    /**
     * The ORDER BY for a column, then name and id so that pages are stable. Descending is the exact reverse of
     * ascending, tie-breakers and empty values included, so that PostgreSQL reads an index on the ascending order
     * backwards instead of sorting every row.
     */
    static String orderBy(String column, boolean descending) {
        if (!descending) {
            return column + " NULLS LAST, c.sort_name, c.child_id";
        }
        boolean columnDescending = column.endsWith(" DESC");
        String name = columnDescending ? column.substring(0, column.length() - 5) : column;
        return name + (columnDescending ? "" : " DESC") + " NULLS FIRST, c.sort_name DESC, c.child_id DESC";
    }

    /** A page of rows and how many match in all. */
    public record Page(List<CohortRow> rows, long total) {
    }

    public Page page(ChildVisibility visibility, CohortFilter filter, LocalDate today, String sort, boolean descending,
            int offset, int limit) {
        Query q = where(visibility, filter, today);
        String order = orderBy(SORTS.getOrDefault(sort, "c.sort_name"), descending);
        long total = counts.get(List.of("total", visibility, filter, today), () -> jdbc.sql(
                "SELECT count(*) FROM care_leaver_cohort c WHERE " + q.sql()).params(q.params()).query(Long.class)
                .single());
        List<CohortRow> rows = jdbc.sql("SELECT * FROM care_leaver_cohort c WHERE " + q.sql() + " ORDER BY "
                + order + " OFFSET :offset LIMIT :limit").params(q.params())
                .param("offset", offset).param("limit", limit).query((rs, n) -> row(rs)).list();
        return new Page(rows, total);
    }

    /** Every matching row, for an export, in name order. */
    public List<CohortRow> all(ChildVisibility visibility, CohortFilter filter, LocalDate today) {
        Query q = where(visibility, filter, today);
        return jdbc.sql("SELECT * FROM care_leaver_cohort c WHERE " + q.sql()
                + " ORDER BY c.sort_name, c.child_id").params(q.params()).query((rs, n) -> row(rs)).list();
    }

    public java.util.Optional<CohortRow> find(UUID childId) {
        return jdbc.sql("SELECT * FROM care_leaver_cohort c WHERE child_id = :id").param("id", childId)
                .query((rs, n) -> row(rs)).optional();
    }

    /** Counts for one KPI band: care leavers, and of them in EET, in suitable accommodation and in touch. */
    public record KpiCounts(long leavers, long eet, long suitable, long inTouch) {
        public static final KpiCounts ZERO = new KpiCounts(0, 0, 0, 0);
    }

    /**
     * KPI counts by band (17-18, 19-21, 22-25 and all) for the care leavers the user sees, within the team and adviser
     * filters: those who have left care and were eligible (relevant or former relevant), as the DfE counts care
     * leavers in the 903 OC3 return; age on the day.
     *
     * @param outOfAreaColumn the column saying a young person lives out of area, or null to count everyone as "all"
     * @return counts keyed by band value ("17-18", ..., "all"), each as [all, out of area]
     */
    public Map<String, KpiCounts[]> kpis(ChildVisibility visibility, CohortFilter filter, LocalDate today,
            String outOfAreaColumn) {
        return counts.get(List.of("kpis", visibility, filter.teamId() == null ? "" : filter.teamId(),
                filter.adviserId() == null ? "" : filter.adviserId(), today),
                () -> kpisNow(visibility, filter, today, outOfAreaColumn));
    }

    private Map<String, KpiCounts[]> kpisNow(ChildVisibility visibility, CohortFilter filter, LocalDate today,
            String outOfAreaColumn) {
        CohortFilter scope = new CohortFilter(null, null, null, null, filter.teamId(), filter.adviserId(), null);
        Query q = where(visibility, scope, today);
        String band = """
                CASE WHEN c.date_of_birth > CAST(:today AS date) - interval '19 years' THEN '17-18'
                     WHEN c.date_of_birth > CAST(:today AS date) - interval '22 years' THEN '19-21'
                     ELSE '22-25' END""";
        String outOfArea = outOfAreaColumn == null ? "false" : "coalesce(" + outOfAreaColumn + ", false)";
        String sql = "SELECT " + band + " AS band, " + outOfArea + " AS out_of_area, count(*) AS leavers, "
                + "count(*) FILTER (WHERE c.activity_code = ANY(:eet)) AS eet, "
                + "count(*) FILTER (WHERE c.accommodation_code LIKE '_1') AS suitable, "
                + "count(*) FILTER (WHERE c.in_touch_code = 'YES') AS in_touch "
                + "FROM care_leaver_cohort c WHERE " + q.sql() + " AND NOT c.looked_after "
                + "AND c.category IN ('RELEVANT', 'FORMER_RELEVANT') "
                + "AND c.date_of_birth <= CAST(:today AS date) - interval '17 years' GROUP BY 1, 2";
        Map<String, KpiCounts[]> result = new HashMap<>();
        for (String key : List.of("17-18", "19-21", "22-25", "all")) {
            result.put(key, new KpiCounts[] {KpiCounts.ZERO, KpiCounts.ZERO});
        }
        jdbc.sql(sql).params(q.params()).param("eet", EET_CODES.toArray(String[]::new)).query(rs -> {
            KpiCounts counts = new KpiCounts(rs.getLong("leavers"), rs.getLong("eet"), rs.getLong("suitable"),
                    rs.getLong("in_touch"));
            boolean out = rs.getBoolean("out_of_area");
            for (String key : List.of(rs.getString("band"), "all")) {
                KpiCounts[] pair = result.get(key);
                pair[0] = add(pair[0], counts);
                if (out) {
                    pair[1] = add(pair[1], counts);
                }
            }
        });
        return result;
    }

    private static KpiCounts add(KpiCounts a, KpiCounts b) {
        return new KpiCounts(a.leavers() + b.leavers(), a.eet() + b.eet(), a.suitable() + b.suitable(),
                a.inTouch() + b.inTouch());
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private Query where(ChildVisibility visibility, CohortFilter filter, LocalDate today) {
        List<String> where = new ArrayList<>(List.of(ChildVisibility.READ_MODEL_CONDITION));
        Map<String, Object> params = new HashMap<>(visibility.sqlParameters());
        params.put("today", today);
        if (filter.rating() != null) {
            where.add("(c.eet_rating = :rating OR c.circumstances_rating = :rating)");
            params.put("rating", filter.rating().name());
        }
        if (filter.eetRating() != null) {
            where.add("c.eet_rating = :eetRating");
            params.put("eetRating", filter.eetRating().name());
        }
        if (filter.circumstancesRating() != null) {
            where.add("c.circumstances_rating = :circumstancesRating");
            params.put("circumstancesRating", filter.circumstancesRating().name());
        }
        if (filter.ageBand() != null) {
            where.add("c.date_of_birth <= :bornBy AND c.date_of_birth > :bornAfter");
            params.put("bornBy", today.minusYears(filter.ageBand().from()));
            params.put("bornAfter", today.minusYears(filter.ageBand().to() + 1L));
        }
        if (filter.teamId() != null) {
            where.add("c.team_id = :teamId");
            params.put("teamId", filter.teamId());
        }
        if (filter.adviserId() != null) {
            where.add("c.adviser_id = :adviserId");
            params.put("adviserId", filter.adviserId());
        }
        if (filter.outOfArea() != null) {
            // in the home area means known to be: an unknown postcode is neither, never guessed
            where.add(filter.outOfArea() ? "c.out_of_area" : "c.residence_status = 'IN_HOME_AREA'");
        }
        return new Query(String.join(" AND ", where), params);
    }


    static CohortRow row(ResultSet rs) throws SQLException {
        return new CohortRow(rs.getObject("child_id", UUID.class), rs.getString("local_child_id"),
                rs.getString("name"), rs.getString("sort_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("team_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getBoolean("restricted"), rs.getBoolean("looked_after"),
                CareLeaverCategory.valueOf(rs.getString("category")), rs.getString("category_why"),
                rs.getBoolean("category_certain"), rs.getObject("adviser_id", UUID.class),
                rs.getString("in_touch_code"), rs.getObject("last_contact_on", LocalDate.class),
                rs.getString("activity_code"), rs.getObject("activity_since", LocalDate.class),
                rs.getString("accommodation_code"), rs.getObject("accommodation_since", LocalDate.class),
                rs.getBoolean("staying_put"), rs.getString("postcode"), Rating.valueOf(rs.getString("eet_suggested")),
                Rating.valueOf(rs.getString("eet_rating")), rs.getBoolean("eet_overridden"),
                Rating.valueOf(rs.getString("circumstances_suggested")),
                Rating.valueOf(rs.getString("circumstances_rating")), rs.getBoolean("circumstances_overridden"),
                rs.getString("residence_status"), rs.getString("authority_code"), rs.getString("authority_name"),
                (Boolean) rs.getObject("out_of_area"), (Double) rs.getObject("miles_from_home"));
    }
}
