package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnDates;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * Checks a return's rows against what Hearth itself refuses, before anything is written, and keeps every problem with
 * its file, row, column and value: a performance officer fixes the files in one go. These are not the DfE's
 * validation rules (those are warnings about the return, not reasons to refuse it).
 */
final class ImportChecks {

    private static final Set<ReturnTable> WITHOUT_DOB = Set.of(ReturnTable.HEADER, ReturnTable.EPISODES);

    private final ReturnData data;
    private final CollectionYear year;
    private final LocalDate today;
    private final CodeLists codes;
    private final List<ImportIssue> problems = new ArrayList<>();

    ImportChecks(ReturnData data, CollectionYear year, LocalDate today, CodeLists codes) {
        this.data = data;
        this.year = year;
        this.today = today;
        this.codes = codes;
    }

    CollectionYear year() {
        return year;
    }

    LocalDate today() {
        return today;
    }

    List<ImportIssue> problems() {
        return problems;
    }

    void problem(ReturnRow row, String column, String message) {
        problems.add(ImportIssue.problem(data.source(row.table()), row.table().dfeName(), row.line(), row.child(),
                column, column == null ? null : row.value(column), message));
    }

    /**
     * Checks every table's rows for what holds across tables: a child id on every row; a child once in Header; every
     * other table's child in Header, with the same date of birth; no row given twice.
     */
    void common() {
        Map<String, ReturnRow> header = new HashMap<>();
        for (ReturnRow row : data.rows(ReturnTable.HEADER)) {
            if (row.child() == null) {
                continue;
            }
            ReturnRow first = header.putIfAbsent(row.child(), row);
            if (first != null) {
                problem(row, "CHILD", "This child is in Header twice (also row " + first.line() + "): give each "
                        + "child once");
            }
        }
        for (ReturnTable table : ReturnTable.values()) {
            Set<List<String>> seen = new HashSet<>();
            for (ReturnRow row : data.rows(table)) {
                if (row.child() == null) {
                    problem(row, "CHILD", "Give the child's id (CHILD) on every row");
                    continue;
                }
                if (!seen.add(java.util.Arrays.asList(row.values()))) {
                    problem(row, null, "This row is given twice in the file: give it once");
                    continue;
                }
                if (table == ReturnTable.HEADER) {
                    continue;
                }
                ReturnRow child = header.get(row.child());
                if (child == null) {
                    problem(row, "CHILD", "Child " + row.child() + " is not in the Header table: every child in the "
                            + "return needs a Header row");
                } else if (!WITHOUT_DOB.contains(table) && row.isPresent("DOB") && child.date("DOB") != null
                        && row.date("DOB") != null && !row.date("DOB").equals(child.date("DOB"))) {
                    problem(row, "DOB", "The date of birth differs from the child's Header row ("
                            + child.value("DOB") + ")");
                }
            }
        }
    }

    /** A dd/mm/yyyy date, required or not, not in the future; null when it is not one (the problem is added). */
    LocalDate date(ReturnRow row, String column, boolean required) {
        if (row.isBlank(column)) {
            if (required) {
                problem(row, column, "Give the date (" + column + ") as dd/mm/yyyy");
            }
            return null;
        }
        LocalDate date = row.date(column);
        if (date == null) {
            problem(row, column, "Not a date: give it as dd/mm/yyyy, for example 31/03/" + year.endYear());
            return null;
        }
        if (date.isAfter(today)) {
            problem(row, column, "The date is in the future");
            return null;
        }
        return date;
    }

    /** A code from Hearth's 903 code lists as of a date (the earliest list for older dates). */
    void code(ReturnRow row, String column, CodeField field, LocalDate on, boolean required) {
        String value = row.value(column);
        if (value == null) {
            if (required) {
                problem(row, column, "Give the " + column + " code");
            }
            return;
        }
        if (!codes.isValid(field, value, on == null ? today : on)) {
            problem(row, column, "Not a " + column + " code in the 903 code list" + (on == null ? ""
                    : " of " + ReturnDates.format(on)));
        }
    }

    /** One of a short list of values. */
    void oneOf(ReturnRow row, String column, Set<String> values, boolean required) {
        String value = row.value(column);
        if (value == null) {
            if (required) {
                problem(row, column, "Give " + column + " (one of " + String.join(", ", values.stream().sorted()
                        .toList()) + ")");
            }
        } else if (!values.contains(value)) {
            problem(row, column, column + " must be one of " + String.join(", ", values.stream().sorted().toList()));
        }
    }
}
