package org.hearth.returns.internal.data;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One row of a 903 table: its values as text, upper-cased, blank as null (docs/903.md section 1.2: the return is read
 * as strings and typed by the rules). Dates are read once and kept, because a large return's rules read each episode's
 * dates many times.
 */
public final class ReturnRow {

    private static final LocalDate INVALID = LocalDate.MIN;

    private final ReturnTable table;
    private final int line;
    private final String[] values;
    private LocalDate[] dates;

    /**
     * @param line the row's number as a spreadsheet shows it (the header is row 1, the first data row 2); for XML,
     *             the line of the element
     * @param values in the order of {@link ReturnTable#columns()}; shorter arrays are padded with blanks
     */
    public ReturnRow(ReturnTable table, int line, String[] values) {
        this.table = table;
        this.line = line;
        this.values = values.length == table.columns().size() ? values
                : Arrays.copyOf(values, table.columns().size());
        for (int i = 0; i < this.values.length; i++) {
            this.values[i] = clean(this.values[i]);
        }
    }

    /** Upper case, trimmed, blank as null (docs/903.md section 1.2). */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed.toUpperCase(java.util.Locale.ROOT);
    }

    public ReturnTable table() {
        return table;
    }

    public int line() {
        return line;
    }

    /** The child's id (CHILD), null when blank. */
    public String child() {
        return values[0];
    }

    /** The value, null when blank or when the table has no such column. */
    public String value(String column) {
        int at = table.indexOf(column);
        return at < 0 ? null : values[at];
    }

    public boolean isBlank(String column) {
        return value(column) == null;
    }

    public boolean isPresent(String column) {
        return value(column) != null;
    }

    /** Whether the value is one of these codes. A blank is none of them. */
    public boolean isOneOf(String column, java.util.Set<String> codes) {
        String value = value(column);
        return value != null && codes.contains(value);
    }

    /** The value as a dd/mm/yyyy date; null when blank or not a real date. */
    public LocalDate date(String column) {
        int at = table.indexOf(column);
        if (at < 0 || values[at] == null) {
            return null;
        }
        if (dates == null) {
            dates = new LocalDate[values.length];
        }
        LocalDate date = dates[at];
        if (date == null) {
            date = ReturnDates.parse(values[at]);
            dates[at] = date == null ? INVALID : date;
        }
        return date == INVALID ? null : date;
    }

    /** Filled in but not a dd/mm/yyyy date. */
    public boolean isInvalidDate(String column) {
        return isPresent(column) && date(column) == null;
    }

    /** The value as a whole number; null when blank or not one. */
    public Integer integer(String column) {
        String value = value(column);
        if (value == null || value.length() > 9) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                if (!(i == 0 && c == '-' && value.length() > 1)) {
                    return null;
                }
            }
        }
        return Integer.parseInt(value);
    }

    /** For derived fields, set once when the return is read. */
    public void setDerived(String column, String value) {
        values[table.indexOf(column)] = value;
        if (dates != null) {
            dates[table.indexOf(column)] = null;
        }
    }

    /** All values in column order (a copy). */
    public String[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return table.dfeName() + " row " + line + " " + Arrays.toString(values);
    }
}
