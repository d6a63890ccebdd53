package org.hearth.chronology.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Chronology entries. Changes are UPDATEs of the current row with who, when, what kind and why: the database numbers
 * the version and keeps every version (V8 triggers), and refuses deletes.
 */
@Repository
class EntryRepository {

    private static final String COLUMNS = """
            id, child_id, event_date, date_precision, event_time, category, significance, title, description, source,
            action_taken, impact, automatic, source_record_type, source_record_id, suitable_to_share, third_party,
            entered_in_error, version, recorded_by_name, recorded_at, changed_by_name, changed_at, change_kind,
            change_reason""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    EntryRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    void insertManual(UUID id, UUID childId, EntryInput in, UUID by, String byName) {
        jdbc.sql("""
                INSERT INTO chronology_entry (id, child_id, event_date, date_precision, event_time, category,
                    significance, title, description, source, action_taken, impact, automatic, suitable_to_share,
                    third_party, recorded_by, recorded_by_name, changed_by, changed_by_name, change_kind)
                VALUES (:id, :childId, :eventDate, :precision, :eventTime, :category, :significance, :title,
                    :description, :source, :actionTaken, :impact, false, :share, :thirdParty, :by, :byName, :by,
                    :byName, 'RECORDED')""")
                .param("id", id).param("childId", childId).param("eventDate", in.eventDate())
                .param("precision", in.datePrecision().name()).param("eventTime", in.eventTime(), Types.TIME)
                .param("category", in.category().name()).param("significance", in.significance().name())
                .param("title", in.title()).param("description", in.description()).param("source", in.source())
                .param("actionTaken", in.actionTaken()).param("impact", in.impact())
                .param("share", Boolean.TRUE.equals(in.suitableToShare()))
                .param("thirdParty", Boolean.TRUE.equals(in.thirdPartyInformation()))
                .param("by", by).param("byName", byName).update();
    }

    /**
     * Adds automatic entries in one batch; an entry whose event was already recorded is skipped.
     *
     * @return how many were added
     */
    int insertAutomatic(Collection<AutomaticEntry> entries) {
        return insertAutomatic(entries, null);
    }

    /**
     * As {@link #insertAutomatic(Collection)}, marking the entries as made from a 903 return import's records
     * (issue 8); an entry already there keeps its marking.
     */
    int insertAutomatic(Collection<AutomaticEntry> entries, UUID importedBy) {
        if (entries.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AutomaticEntry e : entries) {
            rows.add(new Object[] {UUID.randomUUID(), e.childId(), e.eventDate(), e.eventTime(), e.category().name(),
                e.significance().name(), e.title(), e.description(), e.source(), e.originKey(),
                e.sourceRecordType(), e.sourceRecordId(), e.recordedBy(), e.recordedByName(),
                Timestamp.from(e.recordedAt()), e.recordedBy(), e.recordedByName(), Timestamp.from(e.recordedAt()),
                importedBy});
        }
        int[] counts = jdbcTemplate.batchUpdate("""
                INSERT INTO chronology_entry (id, child_id, event_date, date_precision, event_time, category,
                    significance, title, description, source, automatic, origin_key, source_record_type,
                    source_record_id, recorded_by, recorded_by_name, recorded_at, changed_by, changed_by_name,
                    changed_at, change_kind, imported_by)
                VALUES (?, ?, ?, 'DAY', ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?)
                ON CONFLICT (origin_key) WHERE NOT entered_in_error DO NOTHING""", rows,
                new int[] {Types.OTHER, Types.OTHER, Types.DATE, Types.TIME, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.OTHER,
                    Types.OTHER, Types.VARCHAR, Types.TIMESTAMP, Types.OTHER, Types.VARCHAR, Types.TIMESTAMP,
                    Types.OTHER});
        int added = 0;
        for (int count : counts) {
            added += Math.max(count, 0);
        }
        return added;
    }

    Optional<Entry> find(UUID childId, UUID entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chronology_entry WHERE id = :id AND child_id = :childId")
                .param("id", entryId).param("childId", childId).query((rs, n) -> map(rs)).optional();
    }

    /** Locks the entry so that two amendments to it run one after the other. */
    Optional<Entry> findForUpdate(UUID childId, UUID entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chronology_entry WHERE id = :id AND child_id = :childId "
                + "FOR UPDATE").param("id", entryId).param("childId", childId).query((rs, n) -> map(rs)).optional();
    }

    /** Writes the entry's new current state; the database keeps the previous one as a version. */
    void change(Entry e, UUID by, String byName, String kind, String reason) {
        jdbc.sql("""
                UPDATE chronology_entry SET event_date = :eventDate, date_precision = :precision,
                    event_time = :eventTime, category = :category, significance = :significance, title = :title,
                    description = :description, source = :source, action_taken = :actionTaken, impact = :impact,
                    suitable_to_share = :share, third_party = :thirdParty, entered_in_error = :inError,
                    changed_by = :by, changed_by_name = :byName, changed_at = now(), change_kind = :kind,
                    change_reason = :reason
                WHERE id = :id""")
                .param("id", e.id()).param("eventDate", e.eventDate()).param("precision", e.datePrecision().name())
                .param("eventTime", e.eventTime(), Types.TIME).param("category", e.category().name())
                .param("significance", e.significance().name()).param("title", e.title())
                .param("description", e.description()).param("source", e.source())
                .param("actionTaken", e.actionTaken()).param("impact", e.impact())
                .param("share", e.suitableToShare()).param("thirdParty", e.thirdPartyInformation())
                .param("inError", e.enteredInError()).param("by", by).param("byName", byName).param("kind", kind)
                .param("reason", reason).update();
    }

    /** Automatic entries made from a source record, for following a correction to it. */
    List<Entry> fromSource(UUID childId, UUID sourceRecordId, String sourceRecordType) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chronology_entry WHERE child_id = :childId AND automatic "
                + "AND source_record_id = :sourceId AND source_record_type = :type AND NOT entered_in_error "
                + "FOR UPDATE")
                .param("childId", childId).param("sourceId", sourceRecordId).param("type", sourceRecordType)
                .query((rs, n) -> map(rs)).list();
    }

    List<EntryVersion> history(UUID entryId) {
        return jdbc.sql("""
                SELECT version, event_date, date_precision, event_time, category, significance, title, description,
                    source, action_taken, impact, suitable_to_share, third_party, entered_in_error, changed_by_name,
                    changed_at, change_kind, change_reason
                FROM chronology_entry_version WHERE entry_id = :id ORDER BY version DESC""")
                .param("id", entryId)
                .query((rs, n) -> new EntryVersion(rs.getInt("version"), rs.getObject("event_date", LocalDate.class),
                        DatePrecision.valueOf(rs.getString("date_precision")),
                        rs.getObject("event_time", LocalTime.class), Category.valueOf(rs.getString("category")),
                        Significance.valueOf(rs.getString("significance")), rs.getString("title"),
                        rs.getString("description"), rs.getString("source"), rs.getString("action_taken"),
                        rs.getString("impact"), rs.getBoolean("suitable_to_share"), rs.getBoolean("third_party"),
                        rs.getBoolean("entered_in_error"), rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("change_kind"),
                        rs.getString("change_reason")))
                .list();
    }

    /** One page of a child's chronology. */
    List<Entry> page(UUID childId, EntryFilter filter, int offset, int limit) {
        Query q = where(childId, filter);
        String direction = filter.oldestFirst() ? "ASC" : "DESC";
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS + " FROM chronology_entry WHERE " + q.sql
                + " ORDER BY event_date " + direction + ", event_time " + direction
                + (filter.oldestFirst() ? " NULLS FIRST" : " NULLS LAST") + ", seq " + direction
                + " OFFSET :offset LIMIT :limit");
        return q.bind(spec).param("offset", offset).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    long count(UUID childId, EntryFilter filter) {
        Query q = where(childId, filter);
        return q.bind(jdbc.sql("SELECT count(*) FROM chronology_entry WHERE " + q.sql)).query(Long.class).single();
    }

    /** Chosen entries of a child, oldest first (ids of other children's entries are ignored). */
    List<Entry> chosen(UUID childId, Collection<UUID> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chronology_entry WHERE child_id = :childId AND id = ANY(:ids) "
                + "ORDER BY event_date, event_time NULLS FIRST, seq")
                .param("childId", childId).param("ids", ids.toArray(UUID[]::new)).query((rs, n) -> map(rs)).list();
    }

    private record Query(String sql, java.util.Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }

    private static Query where(UUID childId, EntryFilter f) {
        List<String> clauses = new ArrayList<>(List.of("child_id = :childId"));
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("childId", childId);
        if (!f.includeEnteredInError()) {
            clauses.add("NOT entered_in_error");
        }
        if (f.categories() != null && !f.categories().isEmpty()) {
            clauses.add("category = ANY(:categories)");
            params.put("categories", f.categories().stream().map(Enum::name).toArray(String[]::new));
        }
        if (f.significance() != null) {
            clauses.add("significance = :significance");
            params.put("significance", f.significance().name());
        }
        if (f.from() != null) {
            clauses.add("event_date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            clauses.add("event_date <= :to");
            params.put("to", f.to());
        }
        if (f.source() != null && !f.source().isBlank()) {
            clauses.add("source ILIKE :source ESCAPE '\\'");
            params.put("source", like(f.source()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            // the expression of the chronology_entry_text index (V8), so the trigram index answers it
            clauses.add("(title || ' ' || coalesce(description, '') || ' ' || coalesce(source, '') || ' ' "
                    + "|| coalesce(action_taken, '') || ' ' || coalesce(impact, '')) ILIKE :text ESCAPE '\\'");
            params.put("text", like(f.text()));
        }
        return new Query(String.join(" AND ", clauses), params);
    }

    private static String like(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static Entry map(ResultSet rs) throws SQLException {
        UUID childId = rs.getObject("child_id", UUID.class);
        String sourceType = rs.getString("source_record_type");
        return new Entry(rs.getObject("id", UUID.class), childId, rs.getObject("event_date", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")), rs.getObject("event_time", LocalTime.class),
                Category.valueOf(rs.getString("category")), Significance.valueOf(rs.getString("significance")),
                rs.getString("title"), rs.getString("description"), rs.getString("source"),
                rs.getString("action_taken"), rs.getString("impact"), rs.getBoolean("automatic"), sourceType,
                rs.getObject("source_record_id", UUID.class), sourceType == null ? null : "/children/" + childId,
                rs.getBoolean("suitable_to_share"), rs.getBoolean("third_party"), rs.getBoolean("entered_in_error"),
                rs.getInt("version"), rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant(),
                rs.getString("change_kind"), rs.getString("change_reason"), null);
    }
}
