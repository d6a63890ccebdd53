package org.hearth.returns.internal.imports;

/**
 * A line of an import's report: a problem in the files that refuses the import, a conflict where Hearth's own data
 * was kept and the return's row not applied, or a notice: imported, with something for an administrator to do (a
 * 903 social worker id no user has, say).
 *
 * @param row the row as a spreadsheet numbers it (header = 1); 0 for the whole file
 * @param value what the return says
 * @param hearthHas for a conflict, what Hearth holds (and keeps)
 */
public record ImportIssue(Kind kind, String file, String table, int row, String child, String column, String value,
        String hearthHas, String message) {

    public enum Kind {
        PROBLEM, CONFLICT, NOTICE
    }

    public static ImportIssue problem(String file, String table, int row, String child, String column, String value,
            String message) {
        return new ImportIssue(Kind.PROBLEM, file, table, row, child, column, value, null, message);
    }
}
