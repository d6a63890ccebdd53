package org.hearth.database;

/**
 * Whether Hearth runs on its own embedded database. Demo data is only ever created there, never on a council's
 * external database.
 */
public record DatabaseMode(boolean embedded) {
}
