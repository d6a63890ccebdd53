package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import javax.sql.DataSource;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The access log is append-only: the application's role lacks the rights, and a trigger refuses even the owner. */
class AccessLogAppendOnlyTest extends IntegrationTest {

    @Autowired
    DataSource applicationDataSource;

    @Autowired
    AccessLog accessLog;

    JdbcTemplate app;

    @BeforeEach
    void oneEntry() {
        app = new JdbcTemplate(applicationDataSource);
        accessLog.record(data.currentUser(data.worker), UUID.randomUUID(), AccessAction.VIEW, "child overview");
    }

    @Test
    void theApplicationConnectsAsItsOwnRoleNotTheOwner() {
        assertThat(app.queryForObject("SELECT current_user", String.class)).isEqualTo("hearth_app");
        assertThat(data.ownerJdbc().queryForObject("SELECT current_user", String.class)).isEqualTo("hearth_owner");
    }

    @Test
    void theApplicationRoleCanAddAndReadEntries() {
        app.update("INSERT INTO access_log (username, action, what, outcome) VALUES ('x', 'VIEW', 'test', 'ALLOWED')");
        assertThat(app.queryForObject("SELECT count(*) FROM access_log", Long.class)).isEqualTo(2);
    }

    @Test
    void theApplicationRoleCannotUpdateEntries() {
        assertThatThrownBy(() -> app.update("UPDATE access_log SET what = 'rewritten'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThat(app.queryForObject("SELECT what FROM access_log", String.class)).isEqualTo("child overview");
    }

    @Test
    void theApplicationRoleCannotDeleteEntries() {
        assertThatThrownBy(() -> app.update("DELETE FROM access_log")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.update("TRUNCATE access_log")).rootCause().hasMessageContaining("permission denied");
        assertThat(data.count("access_log")).isEqualTo(1);
    }

    @Test
    void theApplicationRoleCannotDropOrAlterTheLog() {
        assertThatThrownBy(() -> app.update("ALTER TABLE access_log DISABLE TRIGGER access_log_is_append_only"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> app.update("DROP TABLE access_log")).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void theTriggerRefusesChangesEvenFromTheOwner() {
        assertThatThrownBy(() -> data.ownerJdbc().update("UPDATE access_log SET what = 'rewritten'"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> data.ownerJdbc().update("DELETE FROM access_log"))
                .rootCause().hasMessageContaining("append-only");
        assertThat(data.count("access_log")).isEqualTo(1);
    }
}
