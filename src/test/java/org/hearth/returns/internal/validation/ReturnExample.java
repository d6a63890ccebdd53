package org.hearth.returns.internal.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * A small return written out for a rule's example: rows as "COLUMN=value; COLUMN=value" (columns not named are blank),
 * this year's by default and last year's with the last* methods. Collection year 2027 unless told.
 */
public final class ReturnExample {

    private int year = 2027;
    private final Map<ReturnTable, List<ReturnRow>> current = new EnumMap<>(ReturnTable.class);
    private Map<ReturnTable, List<ReturnRow>> previous;
    private String localAuthority = "E09000027";

    public static ReturnExample create() {
        return new ReturnExample();
    }

    public ReturnExample year(int endYear) {
        this.year = endYear;
        return this;
    }

    /** The submitting authority's code (default E09000027, Richmond upon Thames, as the open validator's tests). */
    public ReturnExample localAuthority(String code) {
        this.localAuthority = code;
        return this;
    }

    public ReturnExample row(ReturnTable table, String cells) {
        add(current, table, cells);
        return this;
    }

    /** A row of last year's return (which is then given, even if only this row). */
    public ReturnExample last(ReturnTable table, String cells) {
        withLastYear();
        add(previous, table, cells);
        return this;
    }

    /** Last year's return is given, though it may have no rows. */
    public ReturnExample withLastYear() {
        if (previous == null) {
            previous = new EnumMap<>(ReturnTable.class);
        }
        return this;
    }

    public ReturnExample header(String cells) {
        return row(ReturnTable.HEADER, cells);
    }

    public ReturnExample episode(String cells) {
        return row(ReturnTable.EPISODES, cells);
    }

    public ReturnExample review(String cells) {
        return row(ReturnTable.REVIEWS, cells);
    }

    public ReturnExample uasc(String cells) {
        return row(ReturnTable.UASC, cells);
    }

    public ReturnExample oc2(String cells) {
        return row(ReturnTable.OC2, cells);
    }

    public ReturnExample oc3(String cells) {
        return row(ReturnTable.OC3, cells);
    }

    public ReturnExample ad1(String cells) {
        return row(ReturnTable.AD1, cells);
    }

    public ReturnExample placedAdoption(String cells) {
        return row(ReturnTable.PLACED_ADOPTION, cells);
    }

    public ReturnExample prevPerm(String cells) {
        return row(ReturnTable.PREV_PERM, cells);
    }

    public ReturnExample missing(String cells) {
        return row(ReturnTable.MISSING, cells);
    }

    public ReturnExample swEpisode(String cells) {
        return row(ReturnTable.SW_EPISODES, cells);
    }

    public ReturnExample dolo(String cells) {
        return row(ReturnTable.DOLO, cells);
    }

    public ReturnExample lastHeader(String cells) {
        return last(ReturnTable.HEADER, cells);
    }

    public ReturnExample lastEpisode(String cells) {
        return last(ReturnTable.EPISODES, cells);
    }

    public ReturnUnderValidation build() {
        ReturnData data = data(current);
        ReturnData last = previous == null ? null : data(previous);
        return ReturnUnderValidation.derived(new CollectionYear(year), data, last, PostcodeFacts.NONE,
                localAuthority);
    }

    private static ReturnData data(Map<ReturnTable, List<ReturnRow>> rows) {
        Map<ReturnTable, String> sources = new EnumMap<>(ReturnTable.class);
        rows.keySet().forEach(t -> sources.put(t, t.fileName()));
        return new ReturnData(rows, sources);
    }

    private static void add(Map<ReturnTable, List<ReturnRow>> tables, ReturnTable table, String cells) {
        List<ReturnRow> rows = tables.computeIfAbsent(table, t -> new ArrayList<>());
        String[] values = new String[table.columns().size()];
        for (String cell : cells.split(";")) {
            if (cell.isBlank()) {
                continue;
            }
            int equals = cell.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Write cells as COLUMN=value: " + cell);
            }
            String column = cell.substring(0, equals).strip();
            int at = table.indexOf(column);
            if (at < 0) {
                throw new IllegalArgumentException(table.dfeName() + " has no column " + column);
            }
            values[at] = cell.substring(equals + 1);
        }
        rows.add(new ReturnRow(table, rows.size() + 2, values));
    }
}
