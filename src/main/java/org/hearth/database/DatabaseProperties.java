package org.hearth.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. With no {@code url}, Hearth starts its own embedded PostgreSQL.
 *
 * @param url JDBC URL of an external PostgreSQL 15+; blank means embedded
 * @param username the application's login role (least privilege)
 * @param password its password
 * @param ownerUsername the schema owner that runs the migrations
 * @param ownerPassword its password
 * @param appRole the role the migrations grant rights to (the application's login role, or a group it belongs to)
 * @param poolSize maximum connections in the application's pool
 * @param embedded settings of the embedded server
 */
@ConfigurationProperties("hearth.database")
public record DatabaseProperties(
        String url,
        @DefaultValue("hearth_app") String username,
        @DefaultValue("") String password,
        @DefaultValue("hearth_owner") String ownerUsername,
        @DefaultValue("") String ownerPassword,
        @DefaultValue("hearth_app") String appRole,
        @DefaultValue("10") int poolSize,
        @DefaultValue Embedded embedded) {

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /**
     * @param dataDirectory where the embedded server keeps its files; they survive restarts
     * @param port TCP port on localhost; 0 picks a free one
     * @param cleanOnStart wipe the data directory first (tests only)
     * @param databaseName the database Hearth's schema lives in
     */
    public record Embedded(
            @DefaultValue("./data/postgres") Path dataDirectory,
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean cleanOnStart,
            @DefaultValue("hearth") String databaseName) {
    }
}
