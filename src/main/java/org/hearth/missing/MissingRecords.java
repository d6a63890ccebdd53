package org.hearth.missing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.AccessLog;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.codes.CollectionYear;
import org.hearth.missing.internal.MissingDueItems;
import org.hearth.missing.internal.MissingRepository;
import org.hearth.missing.internal.MissingRules;
import org.hearth.missing.internal.StoredEpisode;
import org.hearth.missing.internal.StoredTransfer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing records for other modules: what is due (the drift engine's query), the 903 Missing table (issue 8 builds
 * the return on it) and the demo data's bulk load.
 */
@Service
public class MissingRecords {

    private final MissingRepository store;
    private final MissingDueItems due;
    private final ChildRecords children;
    private final ChildGate gate;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissingRecords(MissingRepository store, MissingDueItems due, ChildRecords children, ChildGate gate,
            AccessLog accessLog, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.due = due;
        this.children = children;
        this.gate = gate;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is due for many children (no access check: the caller decides who sees it): return home interviews not
     * held or declined, a strategy discussion prompted and not held, trafficking protocol steps still open.
     *
     * @return every child asked about, with an empty list for one with nothing due
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<MissingDue>> dueOf(Collection<UUID> childIds) {
        return due.of(childIds, LocalDate.now(clock));
    }

    /**
     * The events the children's stored missing records would have published one by one, in the order they would
     * have: for records loaded in bulk ({@link MissingLoaded}), which publish one event for the batch, so that the
     * chronology can add the same entries as for records typed one by one.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Events>> eventsOf(Collection<UUID> childIds) {
        Map<UUID, List<Events>> result = new HashMap<>();
        for (UUID child : childIds) {
            List<Events> made = new ArrayList<>();
            for (StoredEpisode e : store.of(child)) {
                made.add(new MissingEpisodeStarted(child, e.id(), e.type(), e.startedAt(), e.risk(), e.uasc(),
                        e.recordedBy()));
                if (!e.open()) {
                    made.add(new MissingEpisodeEnded(child, e.id(), e.type(), e.startedAt(), e.endedAt(),
                            e.whereFound(), e.recordedBy()));
                }
                if (e.interviewSettled()) {
                    StoredEpisode.Interview i = e.interview();
                    made.add(new ReturnHomeInterviewHeld(child, e.id(), i.heldOn(),
                            i.response() == InterviewResponse.DECLINED, i.offeredBy(), i.independent(),
                            i.recordedBy(), i.offeredAt()));
                }
                e.step(TraffickingStep.NRM_DECISION)
                        .filter(s -> s.outcome() == StepOutcome.REFERRED || s.outcome() == StepOutcome.NOT_REFERRED)
                        .ifPresent(s -> made.add(new NrmDecisionRecorded(child, e.id(),
                                s.outcome() == StepOutcome.REFERRED, s.note(), s.completedAt(), s.completedBy(),
                                s.recordedBy())));
            }
            store.discussions(child).forEach(d -> made.add(new MissingStrategyDiscussionRecorded(child, d.id(),
                    d.heldOn(), d.attendees(), d.decision(), d.nextSteps(), d.recordedBy())));
            store.ageAssessment(child).filter(a -> a.status().completed()).ifPresent(a -> made.add(
                    new AgeAssessmentRecorded(child, a.status(), a.statusOn(), a.outcomeNote(), a.recordedBy())));
            for (StoredTransfer t : store.transfers(child)) {
                // referred, then (if decided) the outcome: as a transfer recorded over time publishes
                made.add(new NationalTransferRecorded(child, t.id(), TransferOutcome.PENDING, t.referredOn(), null,
                        t.fromAuthority(), t.toAuthority(), t.recordedBy()));
                if (t.outcome() != TransferOutcome.PENDING) {
                    made.add(new NationalTransferRecorded(child, t.id(), t.outcome(), t.referredOn(), t.outcomeOn(),
                            t.fromAuthority(), t.toAuthority(), t.recordedBy()));
                }
            }
            result.put(child, made);
        }
        return result;
    }

    /**
     * The 903 Missing table for a collection year (../shared/docs/903.md section 2.10): every episode overlapping 1
     * April to 31 March of the children the user may see, each child logged as exported. An episode that ended after
     * 31 March is open in that year's return (rule 571). Dates are the council's (Europe/London).
     *
     * @param endYear the year the collection ends, e.g. 2027 for 2026-27
     */
    @Transactional
    public List<MissingRow> missingTable(CurrentUser user, int endYear) {
        CollectionYear year = new CollectionYear(endYear - 1);
        Instant from = year.start().atStartOfDay(MissingRules.LONDON).toInstant();
        Instant until = year.end().plusDays(1).atStartOfDay(MissingRules.LONDON).toInstant();
        List<StoredEpisode> episodes = store.overlappingDays(from, until);
        Set<UUID> childIds = new LinkedHashSet<>();
        episodes.forEach(e -> childIds.add(e.childId()));
        Map<UUID, ChildView> visible = new HashMap<>();
        for (ChildView child : children.findAll(childIds)) {
            if (gate.canSee(user, child)) {
                visible.put(child.id(), child);
            }
        }
        List<MissingRow> rows = new ArrayList<>();
        Set<UUID> logged = new HashSet<>();
        for (StoredEpisode e : episodes) {
            ChildView child = visible.get(e.childId());
            if (child == null) {
                continue;
            }
            if (logged.add(child.id())) {
                accessLog.record(user, child.id(), AccessAction.EXPORT, "903 Missing table " + year);
            }
            LocalDate end = e.endedAt() == null ? null : e.endedAt().atZone(MissingRules.LONDON).toLocalDate();
            rows.add(new MissingRow(child.id(), child.localChildId(), child.dateOfBirth(), e.type(),
                    e.startedAt().atZone(MissingRules.LONDON).toLocalDate(),
                    end == null || end.isAfter(year.end()) ? null : end));
        }
        rows.sort(Comparator.comparing(MissingRow::localChildId).thenComparing(MissingRow::start));
        return rows;
    }

    /**
     * Loads episodes at once (demo and stress data) as three JDBC batches in the caller's transaction, and publishes
     * one {@link MissingLoaded} rather than an event per episode.
     *
     * @return how many episodes were loaded
     */
    @Transactional
    public int load(List<NewMissingEpisode> episodes) {
        return load(episodes, List.of(), List.of(), List.of());
    }

    /**
     * Loads episodes with the strategy discussions, age assessments and National Transfer Scheme referrals that go
     * with them (demo and stress data): JDBC batches in the caller's transaction and one {@link MissingLoaded} naming
     * every child touched, so that the drift engine recalculates each child once with everything in place. Like the
     * episodes, these are not checked as a form is: the generator keeps to the rules.
     *
     * @return how many episodes were loaded
     */
    @Transactional
    public int load(List<NewMissingEpisode> episodes, List<NewStrategyDiscussion> discussions,
            List<NewAgeAssessment> ageAssessments, List<NewNationalTransfer> transfers) {
        List<Object[]> episodeRows = new ArrayList<>();
        List<Object[]> interviewRows = new ArrayList<>();
        List<Object[]> stepRows = new ArrayList<>();
        Set<UUID> loaded = new LinkedHashSet<>();
        for (NewMissingEpisode e : episodes) {
            UUID id = UUID.randomUUID();
            episodeRows.add(new Object[] {id, e.childId(), e.type().name(), ts(e.startedAt()), ts(e.endedAt()),
                e.whereFound(), e.reportedToPolice(), e.policeReference(), e.risk().name(), e.riskNote(), e.uasc()});
            NewMissingEpisode.Interview i = e.interview();
            if (i != null) {
                interviewRows.add(new Object[] {id, e.childId(), ts(i.offeredAt()), i.offeredBy(), i.independent(),
                    i.response().name(), i.heldOn() == null ? null : java.sql.Date.valueOf(i.heldOn()),
                    i.pushFactors(), i.pullFactors(), i.actions()});
            }
            for (NewMissingEpisode.Step s : e.steps()) {
                stepRows.add(new Object[] {id, s.step().name(), e.childId(), ts(s.dueAt()),
                    s.outcome() == null ? null : s.outcome().name(), ts(s.completedAt()), s.by(), s.note()});
            }
            loaded.add(e.childId());
        }
        store.insertAll(episodeRows, interviewRows, stepRows);
        List<Object[]> discussionRows = new ArrayList<>();
        for (NewStrategyDiscussion d : discussions) {
            discussionRows.add(new Object[] {UUID.randomUUID(), d.childId(), java.sql.Date.valueOf(d.heldOn()),
                d.attendees(), d.decision(), d.nextSteps()});
            loaded.add(d.childId());
        }
        List<Object[]> ageRows = new ArrayList<>();
        for (NewAgeAssessment a : ageAssessments) {
            ageRows.add(new Object[] {a.childId(), a.status().name(), java.sql.Date.valueOf(a.statusOn()),
                a.outcomeNote()});
            loaded.add(a.childId());
        }
        List<Object[]> transferRows = new ArrayList<>();
        for (NewNationalTransfer t : transfers) {
            transferRows.add(new Object[] {UUID.randomUUID(), t.childId(), java.sql.Date.valueOf(t.referredOn()),
                t.fromHotel(), t.fromAuthority(), t.toAuthority(), t.outcome().name(),
                t.outcomeOn() == null ? null : java.sql.Date.valueOf(t.outcomeOn()), t.note()});
            loaded.add(t.childId());
        }
        store.insertAllDecisions(discussionRows, ageRows, transferRows);
        events.publishEvent(new MissingLoaded(new ArrayList<>(loaded)));
        return episodes.size();
    }

    /** A missing episode as an import compares it with the return's Missing row. */
    public record HeldMissingEpisode(UUID id, UUID childId, MissingType type, Instant startedAt, Instant endedAt,
            int version) {
    }

    /** Many children's missing episodes, oldest first (no access check: the caller logs what it writes). */
    @Transactional(readOnly = true)
    public Map<UUID, List<HeldMissingEpisode>> heldOf(Collection<UUID> childIds) {
        Map<UUID, List<HeldMissingEpisode>> held = new java.util.HashMap<>();
        List<UUID> ids = List.copyOf(childIds);
        for (int from = 0; from < ids.size(); from += 5_000) {
            for (Object[] r : store.summaries(ids.subList(from, Math.min(ids.size(), from + 5_000)))) {
                HeldMissingEpisode e = new HeldMissingEpisode((UUID) r[0], (UUID) r[1], MissingType.valueOf(
                        (String) r[2]), (Instant) r[3], (Instant) r[4], (Integer) r[5]);
                held.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e);
            }
        }
        return held;
    }

    /** A change to an episode's type or end, made by an import applying a changed return. */
    public record MissingCorrection(UUID id, int version, UUID childId, MissingType type, Instant endedAt) {
    }

    /**
     * Loads episodes (as {@link #load(List)}) and corrects others in the caller's transaction, publishing one
     * {@link MissingLoaded} naming the import, so the chronology marks its entries as imported.
     *
     * @throws IllegalStateException when an episode changed meanwhile (the caller's transaction rolls back)
     */
    @Transactional
    public int importEpisodes(List<NewMissingEpisode> episodes, List<MissingCorrection> corrections, UUID by,
            UUID importId) {
        List<Object[]> episodeRows = new ArrayList<>();
        Set<UUID> touched = new LinkedHashSet<>();
        for (NewMissingEpisode e : episodes) {
            episodeRows.add(new Object[] {UUID.randomUUID(), e.childId(), e.type().name(), ts(e.startedAt()),
                ts(e.endedAt()), e.whereFound(), e.reportedToPolice(), e.policeReference(), e.risk().name(),
                e.riskNote(), e.uasc()});
            touched.add(e.childId());
        }
        store.insertAll(episodeRows, List.of(), List.of());
        List<Object[]> rows = new ArrayList<>();
        for (MissingCorrection c : corrections) {
            rows.add(new Object[] {c.type().name(), ts(c.endedAt()), by, c.id(), c.version()});
            touched.add(c.childId());
        }
        if (!rows.isEmpty() && store.correctAll(rows) != rows.size()) {
            throw new IllegalStateException("A missing episode changed while the import was correcting it");
        }
        if (!touched.isEmpty()) {
            events.publishEvent(new MissingLoaded(new ArrayList<>(touched), importId));
        }
        return episodes.size() + corrections.size();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
