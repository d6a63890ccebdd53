package org.hearth.returns.internal.imports;

/** What an import did with one 903 table. */
public record TableCount(String table, int rowsRead, int created, int updated, int unchanged, int conflicts) {
}
