package org.hearth.returns.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.Finding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports, their reports and the provenance of imported records (V95). */
@Repository
class ReturnImportRepository {

    private static final String COLUMNS = """
            id, collection_year, status, requested_by, requested_by_name, requested_at, started_at, finished_at,
            team_id, files, with_previous_year, children_created, children_updated, children_unchanged, failure""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReturnImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void create(UUID id, int year, UUID by, String byName, UUID teamId, String files, boolean withPrevious) {
        jdbc.sql("""
                INSERT INTO return_import (id, collection_year, status, requested_by, requested_by_name, team_id,
                    files, with_previous_year)
                VALUES (:id, :year, 'QUEUED', :by, :byName, :team, :files, :previous)""")
                .param("id", id).param("year", year).param("by", by).param("byName", byName).param("team", teamId)
                .param("files", files).param("previous", withPrevious).update();
    }

    void running(UUID id) {
        jdbc.sql("UPDATE return_import SET status = 'RUNNING', started_at = now() WHERE id = :id").param("id", id)
                .update();
    }

    void finish(UUID id, ImportStatus status, int created, int updated, int unchanged, String failure) {
        jdbc.sql("""
                UPDATE return_import SET status = :status, finished_at = clock_timestamp(), children_created = :created,
                    children_updated = :updated, children_unchanged = :unchanged, failure = :failure
                WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("created", created).param("updated", updated)
                .param("unchanged", unchanged).param("failure", failure).update();
    }

    /** Imports interrupted by a restart: they were rolled back with the process. */
    int failInterrupted() {
        return jdbc.sql("""
                UPDATE return_import SET status = 'FAILED', finished_at = now(),
                    failure = 'Hearth restarted before the import finished: nothing was written. Upload it again.'
                WHERE status IN ('QUEUED', 'RUNNING')""").update();
    }

    void saveIssues(UUID id, List<ImportIssue> issues, int from) {
        List<Object[]> rows = new ArrayList<>(issues.size());
        int seq = from;
        for (ImportIssue i : issues) {
            rows.add(new Object[] {id, seq++, i.kind().name(), i.file(), i.table(), i.row(), i.child(), i.column(),
                i.value(), i.hearthHas(), i.message()});
        }
        // 5,000 rows a batch: a re-import at odds with Hearth everywhere lists a conflict for every row
        for (int at = 0; at < rows.size(); at += 5_000) {
            template.batchUpdate("""
                    INSERT INTO return_import_issue (import_id, seq, kind, file, table_name, row_number, child,
                        column_name, value, hearth_has, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(at, Math.min(rows.size(), at + 5_000)),
                    new int[] {Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        }
    }

    /**
     * One statement over arrays per 10,000 findings: a return with random postcodes can hold a quarter of a million,
     * which one JDBC batch would hold in memory at once.
     */
    void saveFindings(UUID id, List<Finding> findings) {
        for (int from = 0; from < findings.size(); from += 10_000) {
            List<Finding> chunk = findings.subList(from, Math.min(findings.size(), from + 10_000));
            int n = chunk.size();
            Integer[] seqs = new Integer[n];
            String[] rules = new String[n];
            String[] tables = new String[n];
            Integer[] rows = new Integer[n];
            String[] children = new String[n];
            String[] fields = new String[n];
            String[] messages = new String[n];
            for (int i = 0; i < n; i++) {
                Finding f = chunk.get(i);
                seqs[i] = from + i;
                rules[i] = f.ruleCode();
                tables[i] = f.table() == null ? null : f.table().dfeName();
                rows[i] = f.row();
                children[i] = f.child();
                fields[i] = String.join(", ", f.fields());
                messages[i] = f.message();
            }
            jdbc.sql("""
                    INSERT INTO return_import_finding (import_id, seq, rule_code, table_name, row_number, child, fields,
                        message)
                    SELECT :id, s, r, t, w, c, f, m
                    FROM unnest(:seqs, :rules, :tables, :rows, :children, :fields, :messages) AS u(s, r, t, w, c, f, m)""")
                    .param("id", id).param("seqs", seqs).param("rules", rules).param("tables", tables)
                    .param("rows", rows).param("children", children).param("fields", fields)
                    .param("messages", messages).update();
        }
    }

    /** The findings in order, from {@code offset}, at most {@code limit}. */
    List<ImportFinding> findings(UUID id, int offset, int limit) {
        return jdbc.sql("""
                SELECT rule_code, table_name, row_number, child, fields, message FROM return_import_finding
                WHERE import_id = :id ORDER BY seq OFFSET :offset LIMIT :limit""")
                .param("id", id).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new ImportFinding(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5).isEmpty() ? List.of() : List.of(rs.getString(5).split(", ")),
                        rs.getString(6)))
                .list();
    }

    /** How many findings each rule made, most first. */
    List<ImportFinding.RuleCount> findingsByRule(UUID id) {
        return jdbc.sql("""
                SELECT rule_code, min(message), count(*) FROM return_import_finding WHERE import_id = :id
                GROUP BY rule_code ORDER BY count(*) DESC, rule_code""").param("id", id)
                .query((rs, n) -> new ImportFinding.RuleCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    void saveCounts(UUID id, List<TableCount> counts) {
        List<Object[]> rows = new ArrayList<>();
        for (TableCount c : counts) {
            rows.add(new Object[] {id, c.table(), c.rowsRead(), c.created(), c.updated(), c.unchanged(),
                c.conflicts()});
        }
        template.batchUpdate("""
                INSERT INTO return_import_table_count (import_id, table_name, rows_read, created, updated, unchanged,
                    conflicts)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    Map<String, String> provenance(ReturnTable table) {
        Map<String, String> known = new HashMap<>();
        jdbc.sql("SELECT match_key, content FROM return_imported_record WHERE table_name = :table")
                .param("table", table.dfeName())
                .query(rs -> {
                    known.put(rs.getString(1), rs.getString(2));
                });
        return known;
    }

    /**
     * Upserts provenance as one statement over arrays per 10,000 records: a 50,000-child return has a quarter of a
     * million, which single-row batches write several times slower.
     */
    void saveProvenance(UUID importId, List<ImportRun.Provenance> records) {
        for (int from = 0; from < records.size(); from += 10_000) {
            List<ImportRun.Provenance> chunk = records.subList(from, Math.min(records.size(), from + 10_000));
            int n = chunk.size();
            String[] tables = new String[n];
            String[] keys = new String[n];
            UUID[] children = new UUID[n];
            String[] contents = new String[n];
            for (int i = 0; i < n; i++) {
                ImportRun.Provenance p = chunk.get(i);
                tables[i] = p.table().dfeName();
                keys[i] = p.key();
                children[i] = p.childId();
                contents[i] = p.content();
            }
            jdbc.sql("""
                    INSERT INTO return_imported_record (table_name, match_key, child_id, content, import_id)
                    SELECT t, k, c, x, :importId FROM unnest(:tables, :keys, :children, :contents) AS u(t, k, c, x)
                    ON CONFLICT (table_name, match_key) DO UPDATE SET child_id = EXCLUDED.child_id,
                        content = EXCLUDED.content, import_id = EXCLUDED.import_id, imported_at = now()""")
                    .param("importId", importId).param("tables", tables).param("keys", keys)
                    .param("children", children).param("contents", contents).update();
        }
    }

    Optional<ImportView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM return_import WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    List<ImportView> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM return_import ORDER BY requested_at DESC LIMIT :limit")
                .param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    List<TableCount> counts(UUID id) {
        return jdbc.sql("""
                SELECT table_name, rows_read, created, updated, unchanged, conflicts FROM return_import_table_count
                WHERE import_id = :id""").param("id", id)
                .query((rs, n) -> new TableCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .list().stream().sorted(java.util.Comparator.comparing(c -> tableOrder(c.table()))).toList();
    }

    /** The report in order, from {@code offset}, at most {@code limit} lines. */
    List<ImportIssue> issues(UUID id, int offset, int limit) {
        return jdbc.sql("""
                SELECT kind, file, table_name, row_number, child, column_name, value, hearth_has, message
                FROM return_import_issue WHERE import_id = :id ORDER BY seq OFFSET :offset LIMIT :limit""")
                .param("id", id).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new ImportIssue(ImportIssue.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)))
                .list();
    }

    long issueCount(UUID id, ImportIssue.Kind kind) {
        return jdbc.sql("SELECT count(*) FROM return_import_issue WHERE import_id = :id AND kind = :kind")
                .param("id", id).param("kind", kind.name()).query(Long.class).single();
    }

    private static int tableOrder(String name) {
        return ReturnTable.byDfeName(name).map(Enum::ordinal).orElse(99);
    }

    private static ImportView map(ResultSet rs) throws SQLException {
        return new ImportView(rs.getObject("id", UUID.class), rs.getInt("collection_year"),
                ImportStatus.valueOf(rs.getString("status")), rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"), instant(rs, "requested_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getObject("team_id", UUID.class), rs.getString("files"),
                rs.getBoolean("with_previous_year"), rs.getInt("children_created"), rs.getInt("children_updated"),
                rs.getInt("children_unchanged"), rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
