package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
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

    /** A whole or partly known date of the order (docs/903.md 2.9): zz for the parts not known. */
    private static final Pattern PARTIAL_DATE = Pattern.compile("(ZZ|\\d\\d)/(ZZ|\\d\\d)/(ZZZZ|\\d{4})");

    /** The authority that arranged it: the old three-digit DfE number, or outside England (docs/903.md 2.9). */
    private static final Pattern LA_PERM = Pattern.compile("\\d{3}|WAL|SCO|NUK|NIR");

    private final PermanenceRecords permanence;

    PermanenceImporter(PermanenceRecords permanence) {
        this.permanence = permanence;
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.PREV_PERM, ReturnTable.PLACED_ADOPTION, ReturnTable.AD1, ReturnTable.DOLO);
    }

    @Override
    public void check(ReturnData data, ImportChecks checks) {
        Set<String> seen = new java.util.HashSet<>();
        for (ReturnRow row : data.rows(ReturnTable.PREV_PERM)) {
            checks.oneOf(row, "PREV_PERM", ReturnCodes.PREVIOUS_PERMANENCE, true);
            if (row.isPresent("DATE_PERM") && !PARTIAL_DATE.matcher(row.value("DATE_PERM")).matches()) {
                checks.problem(row, "DATE_PERM", "Give the date of the order as dd/mm/yyyy, with zz for the parts not "
                        + "known (zz/05/2019)");
            }
            if (row.isPresent("LA_PERM") && !LA_PERM.matcher(row.value("LA_PERM")).matches()) {
                checks.problem(row, "LA_PERM", "Give the authority as its three-digit DfE number, or WAL, SCO, NUK or "
                        + "NIR");
            }
            if ("Z1".equals(row.value("PREV_PERM")) && (row.isPresent("LA_PERM") || row.isPresent("DATE_PERM"))) {
                checks.problem(row, "PREV_PERM", "No previous permanence option (Z1) takes no authority or date");
            }
            once(row, "PrevPerm", seen, checks);
        }
        Map<String, Set<LocalDate>> decided = new HashMap<>();
        for (ReturnRow row : data.rows(ReturnTable.PLACED_ADOPTION)) {
            LocalDate placed = checks.date(row, "DATE_PLACED", true);
            LocalDate ceased = checks.date(row, "DATE_PLACED_CEASED", false);
            if (placed != null && ceased != null && ceased.isBefore(placed)) {
                checks.problem(row, "DATE_PLACED_CEASED", "The decision is reversed before it was made");
            }
            if (row.isPresent("DATE_PLACED_CEASED") != row.isPresent("REASON_PLACED_CEASED")) {
                checks.problem(row, "REASON_PLACED_CEASED", "A reversed decision needs both its date and its reason");
            }
            if (row.isPresent("REASON_PLACED_CEASED")) {
                checks.oneOf(row, "REASON_PLACED_CEASED", ReturnCodes.REASON_PLACED_CEASED, false);
            }
            if (placed != null && row.child() != null
                    && !decided.computeIfAbsent(row.child(), c -> new java.util.HashSet<>()).add(placed)) {
                checks.problem(row, "DATE_PLACED", "The child has two decisions made on " + row.value("DATE_PLACED"));
            }
        }
        seen.clear();
        for (ReturnRow row : data.rows(ReturnTable.AD1)) {
            checks.date(row, "DATE_INT", false);
            checks.date(row, "DATE_MATCH", true);
            checks.oneOf(row, "FOSTER_CARE", ReturnCodes.YES_NO, true);
            checks.oneOf(row, "NB_ADOPTR", Set.of("1", "2"), true);
            checks.oneOf(row, "SEX_ADOPTR", ReturnCodes.ADOPTER_SEX, true);
            checks.oneOf(row, "LS_ADOPTR", ReturnCodes.ADOPTER_LEGAL_STATUS, true);
            once(row, "AD1", seen, checks);
        }
        for (List<ReturnRow> orders : data.byChild(ReturnTable.DOLO).values()) {
            List<ReturnRow> dated = new ArrayList<>();
            for (ReturnRow row : orders) {
                LocalDate start = checks.date(row, "DOLO_START", true);
                LocalDate end = checks.date(row, "DOLO_END", false);
                if (start != null && end != null && end.isBefore(start)) {
                    checks.problem(row, "DOLO_END", "The order ends before it starts");
                } else if (start != null) {
                    dated.add(row);
                }
            }
            dated.sort(Comparator.comparing(r -> r.date("DOLO_START")));
            for (int i = 1; i < dated.size(); i++) {
                LocalDate previousEnd = dated.get(i - 1).date("DOLO_END");
                if (previousEnd == null || !dated.get(i).date("DOLO_START").isAfter(previousEnd)) {
                    checks.problem(dated.get(i), "DOLO_START", "The order starts while the one before is in force");
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
            ChildPermanence given = fromReturn(data, localId, ref.id());
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
            permanence.merge(changed, run.by());
        }
    }

    private static ChildPermanence fromReturn(ReturnData data, String localId, UUID childId) {
        ReturnRow prev = data.first(ReturnTable.PREV_PERM, localId);
        Map<LocalDate, AdoptionDecision> decisions = new LinkedHashMap<>();
        for (ReturnRow row : data.of(ReturnTable.PLACED_ADOPTION, localId)) {
            decisions.put(row.date("DATE_PLACED"), new AdoptionDecision(null, childId, row.date("DATE_PLACED"),
                    row.date("DATE_PLACED_CEASED"), row.value("REASON_PLACED_CEASED"), 0));
        }
        ReturnRow ad1 = data.first(ReturnTable.AD1, localId);
        if (ad1 != null && ad1.date("DATE_INT") != null) {
            decisions.putIfAbsent(ad1.date("DATE_INT"), new AdoptionDecision(null, childId, ad1.date("DATE_INT"),
                    null, null, 0));
        }
        List<DeprivationOfLibertyOrder> orders = new ArrayList<>();
        for (ReturnRow row : data.of(ReturnTable.DOLO, localId)) {
            orders.add(new DeprivationOfLibertyOrder(null, childId, row.date("DOLO_START"), row.date("DOLO_END"), 0));
        }
        return new ChildPermanence(childId,
                prev == null ? null : new PreviousPermanence(childId, prev.value("PREV_PERM"), prev.value("LA_PERM"),
                        unknownPartsInLowerCase(prev.value("DATE_PERM")), 0),
                decisions.values().stream().sorted(Comparator.comparing(AdoptionDecision::decidedOn)).toList(),
                ad1 == null ? null : new AdoptionMatch(childId, ad1.date("DATE_MATCH"), "1".equals(ad1.value(
                        "FOSTER_CARE")), Integer.parseInt(ad1.value("NB_ADOPTR")), ad1.value("SEX_ADOPTR"),
                        ad1.value("LS_ADOPTR"), 0),
                orders.stream().sorted(Comparator.comparing(DeprivationOfLibertyOrder::startedOn)).toList());
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
