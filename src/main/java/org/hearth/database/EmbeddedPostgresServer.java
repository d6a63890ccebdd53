package org.hearth.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL 17 that Hearth runs on when no external database is configured.
 *
 * <p>Spring owns its lifecycle (zonky's own shutdown hook is off) so that the connection pool and the event
 * registry close before the server stops. Its data lives in a folder that survives restarts; a postmaster left
 * behind by a killed run is stopped before starting again.
 */
class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STALE_SHUTDOWN_WAIT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;
    private final DatabaseProperties properties;

    EmbeddedPostgresServer(DatabaseProperties properties) throws IOException {
        this.properties = properties;
        DatabaseProperties.Embedded embedded = properties.embedded();
        Path dataDirectory = embedded.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        stopStalePostmaster(dataDirectory);
        if (embedded.cleanOnStart()) {
            // zonky's own cleaning leaves nested folders (pg_wal) behind when an earlier run was killed part way,
            // and initdb then refuses the folder: start from nothing
            FileSystemUtils.deleteRecursively(dataDirectory);
            Files.createDirectories(dataDirectory);
        }
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        this.postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(embedded.cleanOnStart())
                .setRegisterShutdownHook(false)
                .setPort(embedded.port())
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky turns synchronous_commit off for speed; a system of record must not lose committed work
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "100")
                .start();
        createRolesAndDatabase();
    }

    String ownerJdbcUrl() {
        return postgres.getJdbcUrl(properties.ownerUsername(), properties.embedded().databaseName());
    }

    String applicationJdbcUrl() {
        return postgres.getJdbcUrl(properties.username(), properties.embedded().databaseName());
    }

    int port() {
        return postgres.getPort();
    }

    /**
     * Creates the schema owner and the application's login role, and the database owned by the former. Runs on
     * every start and does nothing when they exist. The embedded server trusts local connections, so no
     * passwords are set.
     */
    private void createRolesAndDatabase() {
        String owner = properties.ownerUsername();
        String app = properties.username();
        String database = properties.embedded().databaseName();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String role : List.of(owner, app)) {
                if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                    statement.execute("CREATE ROLE " + role + " LOGIN");
                }
            }
            if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + owner + " ENCODING 'UTF8'");
                statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
                statement.execute("GRANT CONNECT ON DATABASE " + database + " TO " + app);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    /**
     * After a {@code kill -9} the postmaster outlives the JVM and the next start fails on {@code postmaster.pid}.
     * Stop that process (it is ours: it serves our data folder) and carry on.
     */
    static void stopStalePostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (postmaster.isPresent()) {
            ProcessHandle process = postmaster.get();
            log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run that did not shut down",
                    process.pid());
            process.destroy();
            try {
                process.onExit().get(STALE_SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception timeout) {
                process.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new IllegalStateException("Could not remove stale " + pidFile + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        postgres.close();
    }
}
