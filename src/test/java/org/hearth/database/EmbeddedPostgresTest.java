package org.hearth.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database is a system of record: durable commits, documented schema, recovery after a kill. */
class EmbeddedPostgresTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseMode mode;

    @Test
    void commitsAreDurable() {
        // zonky defaults to fsync and synchronous_commit off; Hearth turns both on
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(mode.embedded()).isTrue();
    }

    @Test
    void everyTableAndColumnIsDocumented() {
        List<String> undocumented = jdbc.queryForList("""
                SELECT c.table_name || '.' || c.column_name
                FROM information_schema.columns c
                JOIN pg_class t ON t.relname = c.table_name AND t.relkind = 'r'
                JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
                WHERE c.table_schema = 'public' AND c.table_name <> 'flyway_schema_history'
                  AND col_description(t.oid, c.ordinal_position) IS NULL
                UNION ALL
                SELECT t.relname FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = 'public' AND t.relkind = 'r' AND t.relname <> 'flyway_schema_history'
                  AND obj_description(t.oid, 'pg_class') IS NULL""", String.class);
        assertThat(undocumented).as("tables and columns without COMMENT ON").isEmpty();
    }

    @Test
    void aPostmasterLeftByAKilledRunIsStoppedBeforeStarting(@TempDir Path dataDirectory) throws Exception {
        // a server whose JVM "died": its postmaster and postmaster.pid are still there
        EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

        EmbeddedPostgresServer.stopStalePostmaster(dataDirectory);

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        orphan.close();
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/health"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("UP"));
    }
}
