package org.hearth.returns.internal.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One year's 903 return as read: the rows of each table (a table not supplied has none), and the file each table came
 * from. Rows by child are indexed on first use and kept; the data does not change once read.
 */
public final class ReturnData {

    /** Episodes in the order a child's care ran: start date, then file order. Undated rows last. */
    private static final Comparator<ReturnRow> BY_DECOM = Comparator
            .comparing((ReturnRow r) -> r.date("DECOM"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ReturnRow::line);

    private final Map<ReturnTable, List<ReturnRow>> rows = new EnumMap<>(ReturnTable.class);
    private final Map<ReturnTable, String> sources = new EnumMap<>(ReturnTable.class);
    private final Map<ReturnTable, Map<String, List<ReturnRow>>> byChild =
            new java.util.concurrent.ConcurrentHashMap<>();

    public ReturnData(Map<ReturnTable, List<ReturnRow>> rows, Map<ReturnTable, String> sources) {
        for (ReturnTable table : ReturnTable.values()) {
            this.rows.put(table, List.copyOf(rows.getOrDefault(table, List.of())));
        }
        this.sources.putAll(sources);
    }

    public static ReturnData empty() {
        return new ReturnData(Map.of(), Map.of());
    }

    /** The table's rows in file order. */
    public List<ReturnRow> rows(ReturnTable table) {
        return rows.get(table);
    }

    /** Whether the return had this table (a file or XML elements for it). */
    public boolean has(ReturnTable table) {
        return sources.containsKey(table) || !rows.get(table).isEmpty();
    }

    /** The file the table was read from, for reports; null when it was not supplied. */
    public String source(ReturnTable table) {
        return sources.get(table);
    }

    public Set<ReturnTable> tables() {
        return Collections.unmodifiableSet(sources.keySet());
    }

    /** Rows for one child, in file order (episodes: in date order). Empty when none. */
    public List<ReturnRow> of(ReturnTable table, String child) {
        return byChild(table).getOrDefault(child, List.of());
    }

    /** The child's first row in the table, null when none. */
    public ReturnRow first(ReturnTable table, String child) {
        List<ReturnRow> of = of(table, child);
        return of.isEmpty() ? null : of.get(0);
    }

    /** Every child's rows, children in order of first appearance. Rows without a child id are left out. */
    public Map<String, List<ReturnRow>> byChild(ReturnTable table) {
        Map<String, List<ReturnRow>> index = byChild.get(table);
        return index != null ? index : byChild.computeIfAbsent(table, this::index);
    }

    /** Indexes every table by child now, so that rules running side by side never wait on one another to do it. */
    public void indexAll() {
        for (ReturnTable table : ReturnTable.values()) {
            byChild(table);
        }
    }

    private Map<String, List<ReturnRow>> index(ReturnTable table) {
        Map<String, List<ReturnRow>> building = new LinkedHashMap<>();
        for (ReturnRow row : rows.get(table)) {
            if (row.child() != null) {
                building.computeIfAbsent(row.child(), c -> new ArrayList<>(2)).add(row);
            }
        }
        if (table == ReturnTable.EPISODES) {
            building.values().forEach(list -> list.sort(BY_DECOM));
        }
        building.replaceAll((child, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(building);
    }

    /** How many rows in all. */
    public int size() {
        return rows.values().stream().mapToInt(List::size).sum();
    }
}
