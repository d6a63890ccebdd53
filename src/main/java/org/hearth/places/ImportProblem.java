package org.hearth.places;

/**
 * One thing wrong in an imported file.
 *
 * @param row the line of the file, counting the header as line 1 (0 for the file as a whole)
 * @param column the column's name as in the header, or empty
 * @param value what the cell holds (cut to 60 characters)
 * @param problem what is wrong, in words
 */
public record ImportProblem(long row, String column, String value, String problem) {

    public ImportProblem {
        if (value != null && value.length() > 60) {
            value = value.substring(0, 60) + "...";
        }
    }
}
