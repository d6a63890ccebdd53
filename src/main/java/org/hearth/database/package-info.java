/**
 * Where Hearth keeps its data: an embedded PostgreSQL by default, or a council's own PostgreSQL when a JDBC URL
 * is configured. Migrations run as the schema owner; the application connects as a separate role with only the
 * rights it needs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.hearth.database;
