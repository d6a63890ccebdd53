package org.hearth.shared;

/** Typed text written to a CSV file that people open in a spreadsheet program. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * Text starting with = + - @ (or a tab or carriage return) would be run as a formula by spreadsheet programs (CSV
     * injection), so it is prefixed with an apostrophe, which they show as text.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
