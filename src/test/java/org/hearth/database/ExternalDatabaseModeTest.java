package org.hearth.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.hearth.HearthApplication;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With a JDBC URL configured, Hearth uses that PostgreSQL: it starts no embedded server and creates no demo data.
 * The "external" database here is the test run's own server, reached by URL like any other.
 */
class ExternalDatabaseModeTest extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;

    @Test
    void aConfiguredUrlMeansNoEmbeddedServerAndNoDemoData() {
        data.ownerJdbc().execute("TRUNCATE team, app_user CASCADE");
        try (ConfigurableApplicationContext external = new SpringApplicationBuilder(HearthApplication.class)
                .run("--hearth.database.url=" + dataSource.getJdbcUrl().replaceAll("\\?.*", ""), "--hearth.demo.enabled=true",
                        "--server.port=0", "--spring.jmx.enabled=false", "--hearth.oversight.recalculate-at-start-up=false",
                "--hearth.oversight.daily-recalculation=-", "--spring.main.banner-mode=off")) {
            assertThat(external.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(external.getBean(DatabaseMode.class).embedded()).isFalse();
            assertThat(data.count("team")).isZero();
            assertThat(data.count("child")).isZero();
        }
    }
}
