package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * One import while it writes: the return, the children it names (new ones with their ids chosen), what earlier
 * imports wrote, and what this one has done so far (counts, conflicts, provenance to record).
 */
final class ImportRun {

    /** A child of the return as Hearth knows them once the children are imported. */
    record ChildRef(UUID id, LocalDate dateOfBirth, boolean created) {
    }

    record Provenance(ReturnTable table, String key, UUID childId, String content) {
    }

    private final UUID importId;
    private final CollectionYear year;
    private final UUID by;
    private final String byName;
    private final UUID teamId;
    private final ReturnData data;
    private final LocalDate today;
    private final ReturnImportRepository repository;
    private final Map<String, ChildRef> children = new HashMap<>();
    private final Set<UUID> changedChildren = new LinkedHashSet<>();
    private final Map<ReturnTable, Map<String, String>> lastImported = new EnumMap<>(ReturnTable.class);
    private final List<Provenance> provenance = new ArrayList<>();
    private final List<ImportIssue> conflicts = new ArrayList<>();
    private final Map<ReturnTable, int[]> counts = new LinkedHashMap<>();

    ImportRun(UUID importId, CollectionYear year, UUID by, String byName, UUID teamId, ReturnData data,
            LocalDate today, ReturnImportRepository repository) {
        this.importId = importId;
        this.year = year;
        this.by = by;
        this.byName = byName;
        this.teamId = teamId;
        this.data = data;
        this.today = today;
        this.repository = repository;
    }

    UUID importId() {
        return importId;
    }

    CollectionYear year() {
        return year;
    }

    UUID by() {
        return by;
    }

    String byName() {
        return byName;
    }

    UUID teamId() {
        return teamId;
    }

    ReturnData data() {
        return data;
    }

    LocalDate today() {
        return today;
    }

    void child(String localId, ChildRef ref) {
        children.put(localId, ref);
    }

    /** The child in Hearth for a CHILD id of the return (every row's child is in Header: checked before writing). */
    ChildRef child(String localId) {
        return children.get(localId);
    }

    Map<String, ChildRef> children() {
        return children;
    }

    /** The children of these CHILD ids already in Hearth before this import: new ones hold nothing to compare yet. */
    List<UUID> alreadyInHearth(Set<String> localIds) {
        List<UUID> ids = new ArrayList<>();
        for (String id : localIds) {
            ChildRef ref = children.get(id);
            if (ref != null && !ref.created()) {
                ids.add(ref.id());
            }
        }
        return ids;
    }

    /** A child had something created or changed (for the counts and the access log). */
    void changed(UUID childId) {
        changedChildren.add(childId);
    }

    Set<UUID> changedChildren() {
        return changedChildren;
    }

    /** What the last import wrote for this record, null when none did. */
    String lastImported(ReturnTable table, String key) {
        return lastImported.computeIfAbsent(table, repository::provenance).get(key);
    }

    /**
     * Decides what to do with one record and counts it; a conflict goes in the report. Provenance is recorded for
     * everything but conflicts (a conflict keeps what the last import wrote, so Hearth's change is still recognised as
     * Hearth's next time).
     */
    Reconcile decide(ReturnRow row, String key, UUID childId, String returnSays, String hearthHas, String column,
            String hearthInWords, String returnInWords) {
        Reconcile decision = Reconcile.decide(returnSays, hearthHas, lastImported(row.table(), key));
        record(row, key, childId, returnSays, decision, column, hearthInWords, returnInWords);
        return decision;
    }

    /**
     * As {@link #decide}, for a part of a row reconciled on its own under its own key (the Header's mother status, so
     * that a worker's change to it keeps the rest of the row importable, and the other way round). The row stays
     * counted once: as the part's decision when that says more than the row's (a conflict over an update, an update
     * over unchanged).
     *
     * @param rowDecision the decision already counted for the rest of the row
     */
    Reconcile decidePart(ReturnRow row, Reconcile rowDecision, String key, UUID childId, String returnSays,
            String hearthHas, String column, String hearthInWords, String returnInWords) {
        Reconcile decision = Reconcile.decide(returnSays, hearthHas, lastImported(row.table(), key));
        note(row, key, childId, returnSays, decision, column, hearthInWords, returnInWords);
        if (weight(decision) > weight(rowDecision)) {
            int[] count = counts.computeIfAbsent(row.table(), t -> new int[4]);
            count[rowDecision.ordinal()]--;
            count[decision.ordinal()]++;
        }
        return decision;
    }

    private static int weight(Reconcile decision) {
        return switch (decision) {
            case UNCHANGED -> 0;
            case UPDATE -> 1;
            case CREATE -> 2;
            case CONFLICT -> 3;
        };
    }

    /** Counts a decision; a conflict goes in the report, anything else is recorded as provenance. */
    void record(ReturnRow row, String key, UUID childId, String returnSays, Reconcile decision, String column,
            String hearthInWords, String returnInWords) {
        int[] count = counts.computeIfAbsent(row.table(), t -> new int[4]);
        count[decision.ordinal()]++;
        note(row, key, childId, returnSays, decision, column, hearthInWords, returnInWords);
    }

    private void note(ReturnRow row, String key, UUID childId, String returnSays, Reconcile decision, String column,
            String hearthInWords, String returnInWords) {
        if (decision == Reconcile.CONFLICT) {
            conflicts.add(new ImportIssue(ImportIssue.Kind.CONFLICT, data.source(row.table()), row.table().dfeName(),
                    row.line(), row.child(), column, returnInWords,
                    hearthInWords == null ? "Nothing: removed in Hearth after it was imported" : hearthInWords,
                    hearthInWords == null ? "Removed in Hearth since the last import: not recreated"
                            : "Changed or recorded in Hearth, not by an import: Hearth's record is kept"));
        } else if (!returnSays.equals(lastImported(row.table(), key))) {
            provenance.add(new Provenance(row.table(), key, childId, returnSays));
        }
        if (decision == Reconcile.CREATE || decision == Reconcile.UPDATE) {
            changed(childId);
        }
    }

    /** A record the return holds that Hearth cannot take beside its own (an overlap, say): listed, not applied. */
    void conflict(ReturnRow row, String column, String returnSays, String hearthHas, String message) {
        int[] count = counts.computeIfAbsent(row.table(), t -> new int[4]);
        count[Reconcile.CONFLICT.ordinal()]++;
        conflicts.add(new ImportIssue(ImportIssue.Kind.CONFLICT, data.source(row.table()), row.table().dfeName(),
                row.line(), row.child(), column, returnSays, hearthHas, message));
    }

    /**
     * Something imported that an administrator should act on (not counted as a conflict: the return's row was
     * applied). The caller lists each matter once.
     */
    void notice(ReturnRow row, String column, String value, String hearthHas, String message) {
        conflicts.add(new ImportIssue(ImportIssue.Kind.NOTICE, data.source(row.table()), row.table().dfeName(),
                row.line(), row.child(), column, value, hearthHas, message));
    }

    /** Takes back a create or update that turned out not to fit beside Hearth's records (it becomes a conflict). */
    void revoke(ReturnTable table, String key, Reconcile decision) {
        counts.get(table)[decision.ordinal()]--;
        provenance.removeIf(p -> p.table() == table && p.key().equals(key));
    }

    List<Provenance> provenance() {
        return provenance;
    }

    List<ImportIssue> conflicts() {
        return conflicts;
    }

    List<TableCount> counts() {
        List<TableCount> list = new ArrayList<>();
        for (ReturnTable table : ReturnTable.values()) {
            if (!data.has(table)) {
                continue;
            }
            int[] c = counts.getOrDefault(table, new int[4]);
            list.add(new TableCount(table.dfeName(), data.rows(table).size(), c[0], c[1], c[2], c[3]));
        }
        return list;
    }
}
