package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PermanenceProblem;
import org.hearth.permanence.PermanenceRecords;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.ReturnCodes;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * PrevPerm, PlacedAdoption, AD1 and DoLo: a child's permanence records in the permanence module, taken together as one
 * record per child (ADR 0010). Decisions to place for adoption match Hearth's by the date decided, orders by the date
 * started; AD1's date of the decision (DATE_INT) is such a decision too. Hearth's records the return does not mention
 * are never removed.
 */
@Component
@Order(50)
class PermanenceImporter implements TableImporter {

    /** The return's column for each field the permanence entry rules name, by part. */
    private static final Map<PermanenceProblem.Part, Map<String, String>> COLUMNS = Map.of(
            PermanenceProblem.Part.PREVIOUS_PERMANENCE, Map.of("option", "PREV_PERM", "localAuthority", "LA_PERM",
                    "orderDate", "DATE_PERM"),
            PermanenceProblem.Part.DECISION, Map.of("decidedOn", "DATE_PLACED", "reversedOn", "DATE_PLACED_CEASED",
                    "reversalReason", "REASON_PLACED_CEASED"),
            PermanenceProblem.Part.MATCH, Map.of("matchedOn", "DATE_MATCH", "byFosterCarers", "FOSTER_CARE",
                    "adopterCount", "NB_ADOPTR", "adopterSex", "SEX_ADOPTR", "adopterLegalStatus", "LS_ADOPTR"),
            PermanenceProblem.Part.ORDER, Map.of("startedOn", "DOLO_START", "endedOn", "DOLO_END"));

    private final PermanenceRecords permanence;

    PermanenceImporter(PermanenceRecords permanence) {
        this.permanence = permanence;
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.PREV_PERM, ReturnTable.PLACED_ADOPTION, ReturnTable.AD1, ReturnTable.DOLO);
    }

    /**
     * The return's own shape first (dates, the codes a record cannot be made without, a child once in PrevPerm and
     * AD1, one decision a day); then each child's records whole, as the permanence module's entry rules would take
     * them (codes, partial dates, rules 119, 522, 579, 635, 702, 705...), asked of the module so they are not restated.
     */
    @Override
    public void check(ReturnData data, ImportChecks checks) {
        Set<String> children = new LinkedHashSet<>();
        for (ReturnTable table : tables()) {
            children.addAll(data.byChild(table).keySet());
        }
        Set<String> prevPermSeen = new java.util.HashSet<>();
        Set<String> ad1Seen = new java.util.HashSet<>();
        for (String child : children) {
            int before = checks.problems().size();
            for (ReturnRow row : data.of(ReturnTable.PREV_PERM, child)) {
                once(row, "PrevPerm", prevPermSeen, checks);
            }
            Set<LocalDate> decided = new java.util.HashSet<>();
            for (ReturnRow row : data.of(ReturnTable.PLACED_ADOPTION, child)) {
                LocalDate placed = checks.date(row, "DATE_PLACED", true);
                checks.date(row, "DATE_PLACED_CEASED", false);
                if (placed != null && !decided.add(placed)) {
                    checks.problem(row, "DATE_PLACED", "The child has two decisions made on "
                            + row.value("DATE_PLACED"));
                }
            }
            for (ReturnRow row : data.of(ReturnTable.AD1, child)) {
                checks.date(row, "DATE_INT", false);
                checks.date(row, "DATE_MATCH", true);
                checks.oneOf(row, "FOSTER_CARE", ReturnCodes.YES_NO, true);
                checks.oneOf(row, "NB_ADOPTR", Set.of("1", "2"), true);
                once(row, "AD1", ad1Seen, checks);
            }
            for (ReturnRow row : data.of(ReturnTable.DOLO, child)) {
                checks.date(row, "DOLO_START", true);
                checks.date(row, "DOLO_END", false);
            }
            if (checks.problems().size() == before) {
                ReturnRow header = data.first(ReturnTable.HEADER, child);
                FromReturn given = fromReturn(data, child, UUID.randomUUID());
                for (PermanenceProblem problem : permanence.problemsWith(given.records(),
                        header == null ? null : header.date("DOB"), checks.today())) {
                    ReturnRow row = given.rowOf(problem);
                    String column = COLUMNS.get(problem.part()).get(problem.field());
                    if (row.table() == ReturnTable.AD1 && "DATE_PLACED".equals(column)) {
                        column = "DATE_INT"; // AD1's date of the decision is a decision too
                    }
                    checks.problem(row, column, problem.message());
                }
            }
        }
    }

    private static void once(ReturnRow row, String table, Set<String> seen, ImportChecks checks) {
        if (row.child() != null && !seen.add(row.child())) {
            checks.problem(row, "CHILD", "The child is in " + table + " twice");
        }
    }

    @Override
    public void apply(ImportRun run) {
        ReturnData data = run.data();
        Set<String> children = new LinkedHashSet<>();
        for (ReturnTable table : tables()) {
            children.addAll(data.byChild(table).keySet());
        }
        if (children.isEmpty()) {
            return;
        }
        Map<UUID, ChildPermanence> held = permanence.of(run.alreadyInHearth(children));
        List<ChildPermanence> changed = new ArrayList<>();
        for (String localId : children) {
            ImportRun.ChildRef ref = run.child(localId);
            ChildPermanence given = fromReturn(data, localId, ref.id()).records();
            ChildPermanence hearth = held.get(ref.id());
            // nothing Hearth holds that the return speaks of counts as nothing held
            String hearthHas = hearth == null ? null : content(matching(hearth, given));
            hearthHas = hearthHas == null || hearthHas.isEmpty() ? null : hearthHas;
            ReturnRow row = firstRow(data, localId);
            Reconcile decision = run.decide(row, localId, ref.id(), content(given), hearthHas, "CHILD",
                    hearthHas, content(given));
            if (decision == Reconcile.CREATE || decision == Reconcile.UPDATE) {
                changed.add(given);
            }
        }
        if (!changed.isEmpty()) {
            permanence.merge(changed, run.by(), run.importId());
        }
    }

    /** A child's records as the return gives them, with the row each came from. */
    private record FromReturn(ChildPermanence records, ReturnRow previousRow, List<ReturnRow> decisionRows,
            ReturnRow matchRow, List<ReturnRow> orderRows) {

        ReturnRow rowOf(PermanenceProblem problem) {
            return switch (problem.part()) {
                case PREVIOUS_PERMANENCE -> previousRow;
                case DECISION -> decisionRows.get(problem.index());
                case MATCH -> matchRow;
                case ORDER -> orderRows.get(problem.index());
            };
        }
    }

    private static FromReturn fromReturn(ReturnData data, String localId, UUID childId) {
        ReturnRow prev = data.first(ReturnTable.PREV_PERM, localId);
        Map<LocalDate, ReturnRow> decisionRows = new java.util.TreeMap<>();
        Map<LocalDate, AdoptionDecision> decisions = new java.util.TreeMap<>();
        for (ReturnRow row : data.of(ReturnTable.PLACED_ADOPTION, localId)) {
            decisions.put(row.date("DATE_PLACED"), new AdoptionDecision(null, childId, row.date("DATE_PLACED"),
                    row.date("DATE_PLACED_CEASED"), row.value("REASON_PLACED_CEASED"), 0));
            decisionRows.put(row.date("DATE_PLACED"), row);
        }
        ReturnRow ad1 = data.first(ReturnTable.AD1, localId);
        if (ad1 != null && ad1.date("DATE_INT") != null && !decisions.containsKey(ad1.date("DATE_INT"))) {
            decisions.put(ad1.date("DATE_INT"), new AdoptionDecision(null, childId, ad1.date("DATE_INT"), null, null,
                    0));
            decisionRows.put(ad1.date("DATE_INT"), ad1);
        }
        List<ReturnRow> orderRows = data.of(ReturnTable.DOLO, localId).stream()
                .sorted(Comparator.comparing(r -> r.date("DOLO_START"))).toList();
        List<DeprivationOfLibertyOrder> orders = orderRows.stream().map(row -> new DeprivationOfLibertyOrder(null,
                childId, row.date("DOLO_START"), row.date("DOLO_END"), 0)).toList();
        ChildPermanence records = new ChildPermanence(childId,
                prev == null ? null : new PreviousPermanence(childId, prev.value("PREV_PERM"), prev.value("LA_PERM"),
                        unknownPartsInLowerCase(prev.value("DATE_PERM")), 0),
                List.copyOf(decisions.values()),
                ad1 == null ? null : new AdoptionMatch(childId, ad1.date("DATE_MATCH"), "1".equals(ad1.value(
                        "FOSTER_CARE")), Integer.parseInt(ad1.value("NB_ADOPTR")), ad1.value("SEX_ADOPTR"),
                        ad1.value("LS_ADOPTR"), 0),
                orders);
        return new FromReturn(records, prev, List.copyOf(decisionRows.values()), ad1, orderRows);
    }

    /** The guidance writes the unknown parts of a date as zz (the reading upper-cased them). */
    private static String unknownPartsInLowerCase(String date) {
        return date == null ? null : date.replace('Z', 'z');
    }

    /** Hearth's records that the return's speak of: the same kinds, decisions and orders on the same dates. */
    private static ChildPermanence matching(ChildPermanence hearth, ChildPermanence given) {
        Set<LocalDate> decided = new java.util.HashSet<>();
        given.decisions().forEach(d -> decided.add(d.decidedOn()));
        Set<LocalDate> started = new java.util.HashSet<>();
        given.orders().forEach(o -> started.add(o.startedOn()));
        return new ChildPermanence(hearth.childId(), given.previous() == null ? null : hearth.previous(),
                hearth.decisions().stream().filter(d -> decided.contains(d.decidedOn())).toList(),
                given.match() == null ? null : hearth.match(),
                hearth.orders().stream().filter(o -> started.contains(o.startedOn())).toList());
    }

    /** The fixed text form compared across imports. */
    private static String content(ChildPermanence p) {
        StringBuilder text = new StringBuilder();
        if (p.previous() != null) {
            text.append("PrevPerm ").append(Reconcile.content(p.previous().option(), p.previous().localAuthority(),
                    p.previous().orderDate())).append("; ");
        }
        p.decisions().stream().sorted(Comparator.comparing(AdoptionDecision::decidedOn)).forEach(d -> text
                .append("Decision ").append(Reconcile.content(d.decidedOn(), d.reversedOn(), d.reversalReason()))
                .append("; "));
        if (p.match() != null) {
            AdoptionMatch m = p.match();
            text.append("Match ").append(Reconcile.content(m.matchedOn(), m.byFosterCarers(), m.adopterCount(),
                    m.adopterSex(), m.adopterLegalStatus())).append("; ");
        }
        p.orders().stream().sorted(Comparator.comparing(DeprivationOfLibertyOrder::startedOn)).forEach(o -> text
                .append("DoLO ").append(Reconcile.content(o.startedOn(), o.endedOn())).append("; "));
        return text.toString();
    }

    private ReturnRow firstRow(ReturnData data, String localId) {
        for (ReturnTable table : tables()) {
            ReturnRow row = data.first(table, localId);
            if (row != null) {
                return row;
            }
        }
        throw new IllegalStateException("No permanence row for " + localId);
    }
}
