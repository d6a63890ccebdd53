package org.hearth.returns.internal.data;

/**
 * Something wrong with a file of a return, where it is: the file, the row as a spreadsheet numbers it (0 when it is
 * about the whole file), the column and value where there is one, and what is wrong in words a performance officer
 * can act on.
 */
public record ReadProblem(String file, int row, String column, String value, String message) {

    public static ReadProblem ofFile(String file, String message) {
        return new ReadProblem(file, 0, null, null, message);
    }
}
