package org.hearth.returns.internal.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 903 tables, each known by its exact set of column names (docs/903.md section 1: the open validator matches
 * files by their columns, not their names; order does not matter). Some tables carry fields derived on reading
 * (section 1.3): they are not in the files and never required there.
 */
public enum ReturnTable {

    HEADER("Header", "header.csv", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
            List.of("UASC")),
    EPISODES("Episodes", "episodes.csv", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
            "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
            List.of("PL_LA", "PL_LOCATION", "PL_DISTANCE")),
    REVIEWS("Reviews", "reviews.csv", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"), List.of()),
    UASC("UASC", "uasc.csv", List.of("CHILD", "SEX", "DOB", "DUC"), List.of()),
    OC2("OC2", "oc2.csv", List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
            "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED"), List.of()),
    OC3("OC3", "oc3.csv", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"), List.of()),
    AD1("AD1", "ad1.csv", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
            "SEX_ADOPTR", "LS_ADOPTR"), List.of()),
    PLACED_ADOPTION("PlacedAdoption", "placed_for_adoption.csv", List.of("CHILD", "DOB", "DATE_PLACED",
            "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"), List.of()),
    PREV_PERM("PrevPerm", "previous_permanence.csv", List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
            List.of()),
    MISSING("Missing", "missing.csv", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"), List.of()),
    SW_EPISODES("SWEpisodes", "sw_episodes.csv", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC",
            "SW_REASON"), List.of()),
    DOLO("DoLo", "DoLo.csv", List.of("CHILD", "DOB", "DOLO_START", "DOLO_END"), List.of());

    private static final Map<Set<String>, ReturnTable> BY_COLUMNS = Arrays.stream(values())
            .collect(Collectors.toMap(t -> Set.copyOf(t.fileColumns), t -> t));

    private final String dfeName;
    private final String fileName;
    private final List<String> fileColumns;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();

    ReturnTable(String dfeName, String fileName, List<String> fileColumns, List<String> derivedColumns) {
        this.dfeName = dfeName;
        this.fileName = fileName;
        this.fileColumns = fileColumns;
        this.columns = new java.util.ArrayList<>(fileColumns);
        this.columns.addAll(derivedColumns);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
    }

    /** The name the DfE's tools and rule list use ("Episodes", "PlacedAdoption"). */
    public String dfeName() {
        return dfeName;
    }

    /** The file name the open validator's own examples use, for exports. */
    public String fileName() {
        return fileName;
    }

    /** The columns a file of this table has, in the usual order. */
    public List<String> fileColumns() {
        return fileColumns;
    }

    /** File columns then derived ones. */
    public List<String> columns() {
        return columns;
    }

    /** Where a column is in a row's values; -1 when the table has no such column. */
    public int indexOf(String column) {
        Integer at = index.get(column);
        return at == null ? -1 : at;
    }

    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    /** The table whose columns are exactly these (case and surrounding spaces forgiven). */
    public static Optional<ReturnTable> recognise(List<String> header) {
        Set<String> names = header.stream().map(h -> h == null ? "" : h.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return Optional.ofNullable(BY_COLUMNS.get(names));
    }

    /** The table the DfE calls by this name ("Episodes", "OC2"), case forgiven. */
    public static Optional<ReturnTable> byDfeName(String name) {
        return Arrays.stream(values()).filter(t -> t.dfeName.equalsIgnoreCase(name)).findFirst();
    }
}
