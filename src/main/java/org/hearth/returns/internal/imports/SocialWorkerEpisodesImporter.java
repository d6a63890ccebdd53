package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.access.UserSummary;
import org.hearth.children.AllocationImports;
import org.hearth.children.AllocationImports.HeldPeriod;
import org.hearth.children.AllocationImports.ImportedPeriod;
import org.hearth.children.SocialWorkerChangeReason;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * SWEpisodes: the children's allocation histories in the children module ({@link AllocationImports}), each social
 * worker episode matched by child and start date (SW_DECOM), as episodes of care are (ADR 0010).
 * <p>
 * SW_ID names a Hearth user by the 903 id recorded on their account, or by the default XX form Hearth's own export
 * writes ({@link Directory#usersBySocialWorkerId}). A worker Hearth cannot match does not refuse the import: the
 * period keeps the SW_ID as given (so the export gives it back), and the report lists each such id once as a notice,
 * for an administrator to record on the worker's account; a later import then links the periods to the user.
 * <p>
 * A child with no allocated worker (a child this import creates, say) is allocated the worker of the return's open
 * episode when that worker is a known, active caseholder; so is a child whose allocated worker is the one whose
 * imported open episode the return now ends (or says was someone else's). A worker allocated in Hearth otherwise is never changed by an import.
 */
@Component
@Order(60)
class SocialWorkerEpisodesImporter implements TableImporter {

    /** As Hearth's own accounts take it (UserAdministration.checkSocialWorkerId; rule SW02STG1). */
    private static final Pattern SW_ID = Pattern.compile("(SW|XX)[A-Z0-9]{1,18}");

    private final AllocationImports allocations;
    private final Directory directory;

    SocialWorkerEpisodesImporter(AllocationImports allocations, Directory directory) {
        this.allocations = allocations;
        this.directory = directory;
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.SW_EPISODES);
    }

    @Override
    public void check(ReturnData data, ImportChecks checks) {
        for (List<ReturnRow> rows : data.byChild(ReturnTable.SW_EPISODES).values()) {
            List<ReturnRow> dated = new ArrayList<>();
            for (ReturnRow row : rows) {
                String swId = row.value("SW_ID");
                if (swId == null) {
                    checks.problem(row, "SW_ID", "Give the social worker's id (SW_ID)");
                } else if (!SW_ID.matcher(swId).matches()) {
                    checks.problem(row, "SW_ID", "A social worker id begins SW or XX, followed by up to 18 letters or "
                            + "numbers");
                }
                LocalDate start = checks.date(row, "SW_DECOM", true);
                LocalDate end = checks.date(row, "SW_DEC", false);
                if (row.isPresent("SW_REASON") && SocialWorkerChangeReason.of(row.value("SW_REASON")).isEmpty()) {
                    checks.problem(row, "SW_REASON", "Not a reason for a change of social worker (SW_REASON): one of "
                            + String.join(", ", java.util.Arrays.stream(SocialWorkerChangeReason.values())
                                    .map(Enum::name).toList()));
                }
                if (start != null && end != null && end.isBefore(start)) {
                    checks.problem(row, "SW_DEC", "The episode ends (SW_DEC) before it starts (SW_DECOM "
                            + row.value("SW_DECOM") + ")");
                } else if (start != null && (end != null || row.isBlank("SW_DEC"))) {
                    dated.add(row);
                }
            }
            // rules SW08STG2 and SW10STG2: a new episode starts once the one before has ended (it may be that day)
            dated.sort(Comparator.comparing(r -> r.date("SW_DECOM")));
            for (int i = 1; i < dated.size(); i++) {
                ReturnRow previous = dated.get(i - 1);
                ReturnRow row = dated.get(i);
                if (row.date("SW_DECOM").equals(previous.date("SW_DECOM"))) {
                    checks.problem(row, "SW_DECOM", "The child has two social worker episodes starting on "
                            + row.value("SW_DECOM") + " (also row " + previous.line() + ")");
                } else if (previous.date("SW_DEC") == null || previous.date("SW_DEC").isAfter(row.date("SW_DECOM"))) {
                    checks.problem(row, "SW_DECOM", "The episode starts before the one before it ends (row "
                            + previous.line() + ", " + previous.value("SW_DECOM") + " to "
                            + (previous.isBlank("SW_DEC") ? "open" : previous.value("SW_DEC")) + ")");
                }
            }
        }
    }

    @Override
    public void apply(ImportRun run) {
        Map<String, List<ReturnRow>> rows = run.data().byChild(ReturnTable.SW_EPISODES);
        if (rows.isEmpty()) {
            return;
        }
        Set<String> swIds = new LinkedHashSet<>();
        rows.values().forEach(list -> list.forEach(r -> swIds.add(r.value("SW_ID"))));
        Map<String, UUID> users = directory.usersBySocialWorkerId(swIds);
        Map<UUID, AllocationImports.Held> held = allocations.held(run.alreadyInHearth(rows.keySet()));
        Set<UUID> heldWorkers = new java.util.HashSet<>();
        held.values().forEach(h -> h.periods().forEach(p -> heldWorkers.add(p.workerId())));
        Map<UUID, String> heldSwIds = directory.socialWorkerIds(heldWorkers);
        Map<UUID, Boolean> caseholders = new HashMap<>();
        Set<String> noticed = new java.util.HashSet<>();
        List<ImportedPeriod> created = new ArrayList<>();
        List<ImportedPeriod> changed = new ArrayList<>();
        List<AllocationImports.Allocation> allocate = new ArrayList<>();
        for (Map.Entry<String, List<ReturnRow>> child : rows.entrySet()) {
            ImportRun.ChildRef ref = run.child(child.getKey());
            AllocationImports.Held hearth = held.get(ref.id());
            List<HeldPeriod> periods = hearth == null ? List.of() : hearth.periods();
            Map<LocalDate, HeldPeriod> byStart = new HashMap<>();
            // what the child's history will be: Hearth's, with the accepted changes, by start: {end, worker}
            TreeMap<LocalDate, Object[]> ranges = new TreeMap<>();
            for (HeldPeriod p : periods) {
                byStart.putIfAbsent(p.startedOn(), p);
                ranges.put(p.startedOn(), new Object[] {p.endedOn(), p.workerId()});
            }
            UUID closedWorker = null;
            List<ReturnRow> ordered = new ArrayList<>(child.getValue());
            ordered.sort(Comparator.comparing(r -> r.date("SW_DECOM")));
            for (ReturnRow row : ordered) {
                String swId = row.value("SW_ID");
                UUID worker = users.get(swId);
                if (worker == null && noticed.add(swId)) {
                    run.notice(row, "SW_ID", swId, "No user with this social worker id", "No Hearth user has this "
                            + "social worker id (recorded on their account, or Hearth's XX form): the history keeps "
                            + "the id as given. Record it on the worker's account; the next import links them.");
                }
                LocalDate start = row.date("SW_DECOM");
                LocalDate end = row.date("SW_DEC");
                String reason = row.value("SW_REASON");
                HeldPeriod existing = byStart.get(start);
                String key = child.getKey() + "|" + start;
                String returnSays = Reconcile.content(swId, end, reason);
                String hearthSwId = existing == null ? null : existing.workerId() == null
                        ? existing.socialWorkerRef() : heldSwIds.get(existing.workerId());
                // as the export would give Hearth's period for this year: still open at 31 March if it ended later
                LocalDate hearthEnd = existing == null || existing.endedOn() == null
                        || existing.endedOn().isAfter(run.year().end()) ? null : existing.endedOn();
                String hearthHas = existing == null ? null : Reconcile.content(hearthSwId, hearthEnd,
                        existing.swReason());
                Reconcile decision = run.decide(row, key, ref.id(), returnSays, hearthHas, "SW_ID, SW_DEC, SW_REASON",
                        existing == null ? null : words(hearthSwId, start, hearthEnd, existing.swReason()),
                        words(swId, start, end, reason));
                if (decision == Reconcile.UNCHANGED && existing != null && existing.workerId() == null
                        && worker != null) {
                    // the worker's id has been recorded since: the period is theirs now (the data is the same)
                    changed.add(new ImportedPeriod(existing.id(), ref.id(), worker, null, start, existing.endedOn(),
                            existing.swReason()));
                    ranges.put(start, new Object[] {existing.endedOn(), worker});
                    run.changed(ref.id());
                    continue;
                }
                if (decision != Reconcile.CREATE && decision != Reconcile.UPDATE) {
                    continue;
                }
                // a return from an earlier year leaves open a period Hearth has since ended: Hearth's end stays
                LocalDate newEnd = end == null && existing != null && existing.endedOn() != null
                        && existing.endedOn().isAfter(run.year().end()) ? existing.endedOn() : end;
                LocalDate clash = overlap(ranges, start, newEnd);
                if (clash != null) {
                    run.revoke(ReturnTable.SW_EPISODES, key, decision);
                    Object[] other = ranges.get(clash);
                    run.conflict(row, "SW_DECOM", words(swId, start, end, reason), "A social worker episode from "
                            + clash + (other[0] == null ? " still open" : " to " + other[0]), "Overlaps a social "
                                    + "worker episode recorded in Hearth: Hearth's allocation history is kept");
                    continue;
                }
                if (existing != null && existing.endedOn() == null
                        && (newEnd != null || !java.util.Objects.equals(existing.workerId(), worker))) {
                    // the open episode ends, or the return corrects whose it is
                    closedWorker = existing.workerId();
                }
                ranges.put(start, new Object[] {newEnd, worker});
                ImportedPeriod period = new ImportedPeriod(existing == null ? UUID.randomUUID() : existing.id(),
                        ref.id(), worker, worker == null ? swId : null, start, newEnd, reason);
                (decision == Reconcile.CREATE ? created : changed).add(period);
            }
            allocation(ref, hearth, ranges, closedWorker, caseholders).ifPresent(a -> {
                allocate.add(a);
                run.changed(ref.id());
            });
        }
        if (!created.isEmpty() || !changed.isEmpty() || !allocate.isEmpty()) {
            allocations.write(new AllocationImports.Batch(run.by(), created, changed, allocate));
        }
    }

    /**
     * Allocates the child to the worker of their open episode when the child has no allocated worker, or when their
     * worker's open episode is the one this import ended; only to a known, active caseholder (as reallocation
     * requires), never away from a worker Hearth allocated otherwise.
     */
    private java.util.Optional<AllocationImports.Allocation> allocation(ImportRun.ChildRef ref,
            AllocationImports.Held hearth, TreeMap<LocalDate, Object[]> ranges, UUID closedWorker,
            Map<UUID, Boolean> caseholders) {
        UUID current = hearth == null ? null : hearth.allocatedWorkerId();
        if (current != null && !current.equals(closedWorker)) {
            return java.util.Optional.empty();
        }
        // the worker of the open episode: null when there is none, or it names a worker Hearth does not know
        UUID open = ranges.values().stream().filter(r -> r[0] == null).findFirst().map(r -> (UUID) r[1])
                .orElse(null);
        if (open == null || open.equals(current) || !caseholders.computeIfAbsent(open, this::caseholder)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new AllocationImports.Allocation(ref.id(), current, open));
    }

    private boolean caseholder(UUID userId) {
        UserSummary user = directory.user(userId).orElse(null);
        return user != null && user.enabled() && (user.roles().contains(Role.SOCIAL_WORKER)
                || user.roles().contains(Role.PERSONAL_ADVISER) || user.roles().contains(Role.TEAM_MANAGER));
    }

    /** The start of the period that [start, end) would overlap among the others (open runs for ever); null if none. */
    private static LocalDate overlap(TreeMap<LocalDate, Object[]> ranges, LocalDate start, LocalDate end) {
        for (Map.Entry<LocalDate, Object[]> r : ranges.entrySet()) {
            LocalDate otherEnd = (LocalDate) r.getValue()[0];
            if (r.getKey().equals(start)) {
                continue;
            }
            // as the database sees it: [start, end) ranges, so a period ending the day the next starts is no overlap
            // and a period ending the day it began holds no day at all
            boolean empty = end != null && end.equals(start);
            boolean otherEmpty = otherEnd != null && otherEnd.equals(r.getKey());
            if (!empty && !otherEmpty && (otherEnd == null || otherEnd.isAfter(start))
                    && (end == null || end.isAfter(r.getKey()))) {
                return r.getKey();
            }
        }
        return null;
    }

    private static String words(String swId, LocalDate start, LocalDate end, String reason) {
        return "SW_ID " + swId + ", from " + start + (end == null ? ", open" : " to " + end) + ", SW_REASON "
                + (reason == null ? "(blank)" : reason);
    }
}
