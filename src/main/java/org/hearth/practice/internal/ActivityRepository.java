package org.hearth.practice.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statutory_activity table. Details are stored as a JSON object typed per field (numbers and yes/no as JSON
 * numbers and booleans) and read back as text by field name.
 */
@Repository
public class ActivityRepository {

    /** Children per query when reading many histories: keeps the statement's parameter list modest. */
    static final int CHUNK = 1_000;
    /** Rows fetched at a time when streaming every history: bounded memory over 30,000 children. */
    static final int FETCH_SIZE = 5_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Built once: reading half a million activities' details spends its time here. */
    private static final tools.jackson.databind.ObjectReader DETAILS = JSON.readerFor(Map.class);
    private static final String COLUMNS = """
            id, child_id, kind, activity_date, details::text AS details, entered_in_error, entered_in_error_reason,
            version, recorded_by, recorded_at, changed_by, changed_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JdbcTemplate streaming;

    ActivityRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    void insert(UUID id, UUID childId, ActivityKind kind, LocalDate date, Map<String, String> values, UUID by) {
        jdbc.sql("""
                INSERT INTO statutory_activity (id, child_id, kind, activity_date, details, recorded_by, changed_by)
                VALUES (:id, :childId, :kind, :date, CAST(:details AS jsonb), :by, :by)""")
                .param("id", id).param("childId", childId).param("kind", kind.name()).param("date", date)
                .param("details", toJson(kind, values)).param("by", by)
                .update();
    }

    /**
     * Inserts many at once in the caller's transaction, as one statement over arrays (a row per element): several
     * times faster than a JDBC batch of single-row inserts for the stress set's half a million activities.
     */
    void insertAll(List<Object[]> rows) {
        int n = rows.size();
        Object[][] columns = new Object[7][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 7; c++) {
                columns[c][i] = rows.get(i)[c];
            }
        }
        String[] types = {"uuid", "uuid", "text", "date", "text", "uuid", "uuid"};
        batch.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement("""
                    INSERT INTO statutory_activity (id, child_id, kind, activity_date, details, recorded_by, changed_by)
                    SELECT id, child_id, kind, activity_date, CAST(details AS jsonb), recorded_by, changed_by
                    FROM unnest(?, ?, ?, ?, ?, ?, ?)
                        AS t (id, child_id, kind, activity_date, details, recorded_by, changed_by)""")) {
                for (int c = 0; c < 7; c++) {
                    statement.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
                }
                return statement.executeUpdate();
            }
        });
    }

    static Object[] row(UUID childId, ActivityKind kind, LocalDate date, Map<String, String> values, UUID by) {
        return new Object[] {UUID.randomUUID(), childId, kind.name(), Date.valueOf(date), toJson(kind, values), by,
            by};
    }

    /** Writes the next version; false if the activity is no longer at {@code expectedVersion}. */
    boolean update(UUID id, int expectedVersion, LocalDate date, ActivityKind kind, Map<String, String> values,
            boolean enteredInError, String reason, UUID by) {
        return jdbc.sql("""
                UPDATE statutory_activity SET activity_date = :date, details = CAST(:details AS jsonb),
                    entered_in_error = :inError, entered_in_error_reason = :reason, version = version + 1,
                    changed_by = :by, changed_at = now()
                WHERE id = :id AND version = :version""")
                .param("date", date).param("details", toJson(kind, values)).param("inError", enteredInError)
                .param("reason", reason).param("by", by).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    Optional<StoredActivity> find(UUID childId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_activity WHERE id = :id AND child_id = :childId")
                .param("id", id).param("childId", childId).query(ActivityRepository::stored).optional();
    }

    Optional<StoredActivity> findForUpdate(UUID childId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS
                + " FROM statutory_activity WHERE id = :id AND child_id = :childId FOR UPDATE")
                .param("id", id).param("childId", childId).query(ActivityRepository::stored).optional();
    }

    /** A child's activity of every kind, including what was recorded in error, oldest first. */
    List<StoredActivity> all(UUID childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_activity WHERE child_id = :childId "
                + "ORDER BY activity_date, recorded_at, id")
                .param("childId", childId).query(ActivityRepository::stored).list();
    }

    /** Histories for the query API: recorded in error left out, oldest first per child. */
    Map<UUID, List<ActivityView>> histories(Collection<UUID> childIds) {
        Map<UUID, List<ActivityView>> result = new LinkedHashMap<>();
        List<UUID> ids = childIds.stream().distinct().toList();
        for (UUID id : ids) {
            result.put(id, new ArrayList<>());
        }
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            jdbc.sql("SELECT " + COLUMNS + " FROM statutory_activity WHERE child_id IN (:ids) "
                    + "AND NOT entered_in_error ORDER BY child_id, activity_date, recorded_at, id")
                    .param("ids", chunk)
                    .query((rs, n) -> view(rs)).list()
                    .forEach(a -> result.get(a.childId()).add(a));
        }
        result.replaceAll((id, list) -> List.copyOf(list));
        return result;
    }

    /**
     * Histories of some kinds only, dated within a period (recorded in error left out, oldest first per child): for
     * reports that need a few kinds across the whole council (the 903 return reads reviews and health, not visits).
     */
    Map<UUID, List<ActivityView>> histories(Collection<UUID> childIds, java.util.Set<ActivityKind> kinds,
            LocalDate from, LocalDate until) {
        Map<UUID, List<ActivityView>> result = new LinkedHashMap<>();
        List<UUID> ids = childIds.stream().distinct().toList();
        for (UUID id : ids) {
            result.put(id, new ArrayList<>());
        }
        List<String> kindNames = kinds.stream().map(ActivityKind::name).toList();
        for (int from2 = 0; from2 < ids.size(); from2 += CHUNK) {
            List<UUID> chunk = ids.subList(from2, Math.min(from2 + CHUNK, ids.size()));
            jdbc.sql("SELECT " + COLUMNS + " FROM statutory_activity WHERE child_id IN (:ids) "
                    + "AND kind IN (:kinds) AND activity_date BETWEEN :from AND :until "
                    + "AND NOT entered_in_error ORDER BY child_id, activity_date, recorded_at, id")
                    .param("ids", chunk).param("kinds", kindNames).param("from", from).param("until", until)
                    .query((rs, n) -> view(rs)).list()
                    .forEach(a -> result.get(a.childId()).add(a));
        }
        result.replaceAll((id, list) -> List.copyOf(list));
        return result;
    }

    /** Every child's history in child order, one child at a time, read through a cursor (needs a transaction). */
    void forEachHistory(Consumer<List<ActivityView>> perChild) {
        List<ActivityView> current = new ArrayList<>();
        streaming.query("SELECT " + COLUMNS + " FROM statutory_activity WHERE NOT entered_in_error "
                + "ORDER BY child_id, activity_date, recorded_at, id", rs -> {
                    ActivityView activity = view(rs);
                    if (!current.isEmpty() && !current.get(0).childId().equals(activity.childId())) {
                        perChild.accept(List.copyOf(current));
                        current.clear();
                    }
                    current.add(activity);
                });
        if (!current.isEmpty()) {
            perChild.accept(List.copyOf(current));
        }
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM statutory_activity").query(Long.class).single();
    }

    private static StoredActivity stored(ResultSet rs, int n) throws SQLException {
        Timestamp changedAt = rs.getTimestamp("changed_at");
        return new StoredActivity(view(rs), rs.getBoolean("entered_in_error"),
                rs.getString("entered_in_error_reason"), rs.getObject("changed_by", UUID.class),
                changedAt.toInstant());
    }

    private static ActivityView view(ResultSet rs) throws SQLException {
        return new ActivityView(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                ActivityKind.valueOf(rs.getString("kind")), rs.getDate("activity_date").toLocalDate(),
                fromJson(rs.getString("details")), rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"));
    }

    /** Text values typed by their definition: yes/no as booleans, whole numbers as numbers. */
    static String toJson(ActivityKind kind, Map<String, String> values) {
        KindDefinition definition = ActivityDefinitions.of(kind);
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            FieldType type = definition.field(name).map(FieldDefinition::type).orElse(FieldType.TEXT);
            typed.put(name, switch (type) {
                case YES_NO -> Boolean.valueOf(value);
                case WHOLE_NUMBER -> Integer.valueOf(value);
                default -> value;
            });
        });
        return JSON.writeValueAsString(typed);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fromJson(String json) {
        Map<String, Object> typed = DETAILS.readValue(json);
        Map<String, String> values = new LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (value != null) {
                values.put(name, String.valueOf(value));
            }
        });
        return values;
    }
}
