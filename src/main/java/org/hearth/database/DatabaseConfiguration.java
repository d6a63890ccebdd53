package org.hearth.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two connections to one database: the schema owner for Flyway, and the application's least-privileged role for
 * everything else. Both point at the embedded server unless {@code hearth.database.url} is set.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) throws IOException {
        return new EmbeddedPostgresServer(properties);
    }

    /** The application's pool. Destroyed before the embedded server because it depends on it. */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hearth");
        config.setJdbcUrl(embedded.getIfAvailable() != null ? embedded.getObject().applicationJdbcUrl()
                : properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setMaximumPoolSize(properties.poolSize());
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /** The schema owner, used only to migrate. A small pool that Flyway closes with the context. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource migrationDataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hearth-migrations");
        config.setJdbcUrl(embedded.getIfAvailable() != null ? embedded.getObject().ownerJdbcUrl() : properties.url());
        config.setUsername(properties.ownerUsername());
        config.setPassword(properties.ownerPassword());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    /** Migrations grant rights to the application's role by name. */
    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DatabaseProperties properties) {
        return configuration -> configuration.placeholders(java.util.Map.of("appRole", properties.appRole()));
    }

    /** Lets other modules ask whether demo data may be created: only ever on the embedded database. */
    @Bean
    DatabaseMode databaseMode(DatabaseProperties properties) {
        return new DatabaseMode(properties.isEmbedded());
    }
}
