package org.hearth.returns.internal.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.AccessLog;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.careleavers.CareLeaverRecords;
import org.hearth.careleavers.LeavingCareStatus;
import org.hearth.children.AllocationHistories;
import org.hearth.children.AllocationPeriod;
import org.hearth.children.CareHistories;
import org.hearth.children.CareHistory;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.missing.MissingRecords;
import org.hearth.missing.MissingRow;
import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PermanenceRecords;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.hearth.practice.StatutoryActivities;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnDates;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a year's 903 return from Hearth's records, through the record-keeping modules' public APIs (docs/903.md
 * sections 1-2; docs/returns-export.md says where each field comes from). Children are read a batch at a time, each
 * module once per batch: no query per child, so the council's whole caseload exports in seconds. Only the children the
 * user may see are in it, and each of them is access-logged as an export, in one statement.
 */
@Service
public class HearthReturnExport {

    static final int BATCH = 2_000;
    static final Set<ActivityKind> RETURN_KINDS = java.util.EnumSet.of(ActivityKind.REVIEW,
            ActivityKind.HEALTH_ASSESSMENT, ActivityKind.DENTAL_CHECK, ActivityKind.IMMUNISATIONS,
            ActivityKind.DEVELOPMENT_CHECK, ActivityKind.SDQ, ActivityKind.SUBSTANCE_MISUSE,
            ActivityKind.YOUTH_JUSTICE_OUTCOME);

    private final CareHistories careHistories;
    private final ChildRecords children;
    private final ChildGate gate;
    private final StatutoryActivities activities;
    private final CareLeaverRecords careLeavers;
    private final PermanenceRecords permanence;
    private final AllocationHistories allocations;
    private final Directory directory;
    private final MissingRecords missing;
    private final AccessLog accessLog;

    HearthReturnExport(CareHistories careHistories, ChildRecords children, ChildGate gate,
            StatutoryActivities activities, CareLeaverRecords careLeavers, PermanenceRecords permanence,
            AllocationHistories allocations, Directory directory, MissingRecords missing, AccessLog accessLog) {
        this.careHistories = careHistories;
        this.children = children;
        this.gate = gate;
        this.activities = activities;
        this.careLeavers = careLeavers;
        this.permanence = permanence;
        this.allocations = allocations;
        this.directory = directory;
        this.missing = missing;
        this.accessLog = accessLog;
    }

    /**
     * The year's return and, for linking findings to records, Hearth's id of each child in it (by CHILD).
     *
     * @param leftOut children who belong in the year's return but whose restricted records the user is not named on:
     *        not in it (ChildAccess: a restricted record is seen only by those named on it, whatever their role), so
     *        the return is short by this many until someone named on them completes it
     */
    public record Exported(CollectionYear year, ReturnData data, Map<String, UUID> childIds, int leftOut) {
    }

    /**
     * @param purpose written to the access log for each child, e.g. "903 return 2026-27"
     */
    @Transactional
    public Exported export(CurrentUser user, CollectionYear year, String purpose) {
        List<UUID> ids = new ArrayList<>();
        careHistories.forEachChildBatch(10_000, ids::addAll);
        List<ChildRows> included = new ArrayList<>();
        int[] leftOut = {0};
        for (int from = 0; from < ids.size(); from += BATCH) {
            included.addAll(batch(user, year, ids.subList(from, Math.min(ids.size(), from + BATCH)), leftOut));
        }
        included.sort(Comparator.comparing(r -> r.child.localChildId()));
        Map<String, UUID> childIds = new LinkedHashMap<>();
        included.forEach(r -> childIds.put(upper(r.child.localChildId()), r.child.id()));
        Set<String> lookedAfter = new HashSet<>();
        included.stream().filter(r -> r.lookedAfterInYear).forEach(r -> lookedAfter.add(upper(r.child.localChildId())));

        Map<ReturnTable, List<String[]>> tables = new EnumMap<>(ReturnTable.class);
        for (ReturnTable table : ReturnTable.values()) {
            tables.put(table, new ArrayList<>());
        }
        for (ChildRows rows : included) {
            rows.tables.forEach((table, list) -> tables.get(table).addAll(list));
        }
        // Missing: the safeguarding module's own table of the year (it checks and logs each child it reads)
        for (MissingRow row : missing.missingTable(user, year.endYear())) {
            if (lookedAfter.contains(upper(row.localChildId()))) {
                tables.get(ReturnTable.MISSING).add(values(ReturnTable.MISSING, row.localChildId(),
                        date(row.dateOfBirth()), row.type().name(), date(row.start()), date(row.end())));
            }
        }
        accessLog.recordAll(user, childIds.values(), AccessAction.EXPORT, purpose);

        Map<ReturnTable, List<ReturnRow>> rows = new EnumMap<>(ReturnTable.class);
        Map<ReturnTable, String> sources = new EnumMap<>(ReturnTable.class);
        for (ReturnTable table : ReturnTable.values()) {
            if (table == ReturnTable.DOLO && year.endYear() < 2027) {
                continue; // the DoLo table is new in 2026-27 (docs/903.md 2.12)
            }
            List<ReturnRow> list = new ArrayList<>();
            int line = 2;
            for (String[] values : tables.get(table)) {
                list.add(new ReturnRow(table, line++, values));
            }
            rows.put(table, list);
            sources.put(table, "Hearth " + table.fileName());
        }
        return new Exported(year, new ReturnData(rows, sources), childIds, leftOut[0]);
    }

    /**
     * One batch of children: each module read once for the batch. Children the user may not see are only counted
     * (in {@code leftOut}) when they belong in the return; nothing of theirs is returned or logged.
     */
    private List<ChildRows> batch(CurrentUser user, CollectionYear year, List<UUID> ids, int[] leftOut) {
        Map<UUID, ChildView> all = new HashMap<>();
        Set<UUID> visible = new HashSet<>();
        for (ChildView child : children.findAll(ids)) {
            all.put(child.id(), child);
            if (gate.canSee(user, child)) {
                visible.add(child.id());
            }
        }
        Map<UUID, CareHistory> histories = new HashMap<>();
        careHistories.of(all.keySet()).forEach(h -> histories.put(h.childId(), h));
        Map<UUID, List<LeavingCareStatus>> statuses = careLeavers.statusesOf(all.keySet());
        List<ChildRows> included = new ArrayList<>();
        for (ChildView child : all.values()) {
            List<EpisodeView> episodes = histories.containsKey(child.id()) ? histories.get(child.id()).episodes()
                    : List.of();
            ChildRows rows = new ChildRows(child, episodes, year);
            rows.lookedAfterInYear = !rows.episodesInYear().isEmpty();
            rows.careLeaver = CareLeaverOutcomes.row(child, episodes, statuses.get(child.id()), year);
            if (rows.lookedAfterInYear || rows.careLeaver != null) {
                if (visible.contains(child.id())) {
                    included.add(rows);
                } else {
                    leftOut[0]++;
                }
            }
        }
        if (included.isEmpty()) {
            return included;
        }
        Set<UUID> cohort = new HashSet<>();
        included.forEach(r -> cohort.add(r.child.id()));
        // reviews and health only, from a year before the collection year (the latest immunisation and development
        // check before 31 March): not every visit, which would be most of the rows
        Map<UUID, List<ActivityView>> activity = activities.historiesOf(cohort, RETURN_KINDS,
                year.start().minusYears(1), year.end());
        Map<UUID, ChildPermanence> records = permanence.of(cohort);
        Map<UUID, List<AllocationPeriod>> periods = allocations.of(cohort);
        Set<UUID> workers = new HashSet<>();
        periods.values().forEach(list -> list.forEach(p -> workers.add(p.workerId())));
        Map<UUID, String> swIds = directory.socialWorkerIds(workers);
        for (ChildRows rows : included) {
            rows.build(activity.getOrDefault(rows.child.id(), List.of()), records.get(rows.child.id()),
                    periods.getOrDefault(rows.child.id(), List.of()), swIds);
        }
        return included;
    }

    /** A child's rows in each table. */
    static final class ChildRows {

        final ChildView child;
        final List<EpisodeView> episodes;
        final CollectionYear year;
        final Map<ReturnTable, List<String[]>> tables = new EnumMap<>(ReturnTable.class);
        boolean lookedAfterInYear;
        String[] careLeaver;

        ChildRows(ChildView child, List<EpisodeView> episodes, CollectionYear year) {
            this.child = child;
            this.episodes = episodes;
            this.year = year;
        }

        List<EpisodeView> episodesInYear() {
            return episodes.stream().filter(e -> !e.decom().isAfter(year.end())
                    && (e.dec() == null || !e.dec().isBefore(year.start()))).toList();
        }

        private void add(ReturnTable table, String... values) {
            tables.computeIfAbsent(table, t -> new ArrayList<>()).add(values(table, values));
        }

        void build(List<ActivityView> activity, ChildPermanence records, List<AllocationPeriod> periods,
                Map<UUID, String> swIds) {
            String id = child.localChildId();
            String dob = date(child.dateOfBirth());
            String[] mother = MotherStatus.of(child, lookedAfterInYear ? episodesInYear() : List.of(), year);
            add(ReturnTable.HEADER, id, child.sex(), dob, child.ethnicity(), child.upn(), mother[0], mother[1]);
            if (careLeaver != null) {
                add(ReturnTable.OC3, careLeaver);
            }
            if (!lookedAfterInYear) {
                return; // a care leaver in the OC3 cohort only: no other table (rule 1012)
            }
            for (EpisodeView e : episodesInYear()) {
                // an episode still open at 31 March has no end in this year's return
                boolean endsInYear = e.dec() != null && !e.dec().isAfter(year.end());
                add(ReturnTable.EPISODES, id, date(e.decom()), e.rne(), e.ls(), e.cin(), e.place(), e.placeProvider(),
                        endsInYear ? date(e.dec()) : null, endsInYear ? e.rec() : null, e.reasonPlaceChange(),
                        e.homePost(), e.plPost(), e.urn());
            }
            for (ActivityView a : activity) {
                if (a.kind() == ActivityKind.REVIEW && year.contains(a.date())) {
                    add(ReturnTable.REVIEWS, id, dob, date(a.date()), a.detail("participation"));
                }
            }
            LocalDate uascCeases = uascCeases(child);
            if (child.uasc() && (uascCeases == null || !uascCeases.isBefore(year.start()))) {
                add(ReturnTable.UASC, id, child.sex(), dob, date(uascCeases));
            }
            String[] oc2 = HealthOutcomes.row(child, episodes, activity, year);
            if (oc2 != null) {
                add(ReturnTable.OC2, oc2);
            }
            if (records != null) {
                permanence(records, id, dob);
            }
            for (AllocationPeriod p : periods) {
                if (p.startedOn().isAfter(year.end()) || (p.endedOn() != null && p.endedOn().isBefore(year.start()))) {
                    continue;
                }
                boolean endsInYear = p.endedOn() != null && !p.endedOn().isAfter(year.end());
                // a worker an import could not match keeps the SW_ID the return gave (ADR 0010)
                String swId = p.workerId() == null ? p.socialWorkerRef() : swIds.get(p.workerId());
                add(ReturnTable.SW_EPISODES, id, dob, swId, date(p.startedOn()),
                        endsInYear ? date(p.endedOn()) : null, p.swReason());
            }
        }

        private void permanence(ChildPermanence records, String id, String dob) {
            // AD1: children adopted in the year (an episode ending E11 or E12, docs/903.md 2.7)
            EpisodeView adopted = episodesInYear().stream().filter(e -> e.dec() != null && year.contains(e.dec())
                    && ("E11".equals(e.rec()) || "E12".equals(e.rec()))).findFirst().orElse(null);
            if (adopted != null) {
                AdoptionDecision decision = records.decisions().stream()
                        .filter(d -> !d.decidedOn().isAfter(adopted.dec()) && !d.reversed())
                        .reduce((a, b) -> b).orElse(null);
                AdoptionMatch m = records.match();
                add(ReturnTable.AD1, id, dob, decision == null ? null : date(decision.decidedOn()),
                        m == null ? null : date(m.matchedOn()), m == null ? null : m.byFosterCarers() ? "1" : "0",
                        m == null ? null : String.valueOf(m.adopterCount()), m == null ? null : m.adopterSex(),
                        m == null ? null : m.adopterLegalStatus());
            }
            for (AdoptionDecision d : records.decisions()) {
                if (d.decidedOn().isAfter(year.end()) || (d.reversed() && d.reversedOn().isBefore(year.start()))) {
                    continue;
                }
                boolean reversedInYear = d.reversed() && !d.reversedOn().isAfter(year.end());
                add(ReturnTable.PLACED_ADOPTION, id, dob, date(d.decidedOn()),
                        reversedInYear ? date(d.reversedOn()) : null, reversedInYear ? d.reversalReason() : null);
            }
            // PrevPerm: for each child who started to be looked after in the year (docs/903.md 2.9, rule 630)
            boolean startedInYear = episodesInYear().stream().anyMatch(e -> "S".equals(e.rne())
                    && year.contains(e.decom()));
            if (records.previous() != null && startedInYear) {
                add(ReturnTable.PREV_PERM, id, dob, records.previous().option(), records.previous().localAuthority(),
                        records.previous().orderDate());
            }
            if (year.endYear() >= 2027) {
                for (DeprivationOfLibertyOrder o : records.orders()) {
                    if (o.startedOn().isAfter(year.end())
                            || (o.endedOn() != null && o.endedOn().isBefore(year.start()))) {
                        continue;
                    }
                    boolean endsInYear = o.endedOn() != null && !o.endedOn().isAfter(year.end());
                    add(ReturnTable.DOLO, id, dob, date(o.startedOn()), endsInYear ? date(o.endedOn()) : null);
                }
            }
        }
    }

    /** Values in the table's column order (file columns; derived ones left blank for the validator to fill). */
    static String[] values(ReturnTable table, String... fileValues) {
        String[] values = new String[table.columns().size()];
        System.arraycopy(fileValues, 0, values, 0, Math.min(fileValues.length, values.length));
        return values;
    }

    /**
     * The date UASC status ceased or, while it has not, the 18th birthday, when it ceases by age (rule 304): DfE
     * expects that date ahead of time (rule 205B), where Hearth's record holds a ceased date only once it has come.
     */
    static LocalDate uascCeases(ChildView child) {
        if (child.uascCeasedOn() != null || child.dateOfBirth() == null) {
            return child.uascCeasedOn();
        }
        return child.dateOfBirth().plusYears(18);
    }

    static String date(LocalDate date) {
        return ReturnDates.format(date);
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

}
