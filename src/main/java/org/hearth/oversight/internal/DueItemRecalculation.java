package org.hearth.oversight.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hearth.actionplans.ActionPlans;
import org.hearth.actionplans.OpenActionPlan;
import org.hearth.calendar.WorkingDays;
import org.hearth.children.CareHistories;
import org.hearth.children.CareHistory;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.internal.rules.RuleContext;
import org.hearth.pathwayplans.PathwayPlans;
import org.hearth.pathwayplans.SignedOffPathwayPlan;
import org.hearth.policy.Policies;
import org.hearth.practice.ActivityView;
import org.hearth.practice.StatutoryActivities;
import org.hearth.supervision.DecisionView;
import org.hearth.supervision.SupervisionRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out due items again: for some children when their records change, for every child once a day. A full run
 * goes a batch of children at a time, each batch in its own transaction, so readers never wait for the whole run.
 */
@Service
public class DueItemRecalculation {

    private static final Logger log = LoggerFactory.getLogger(DueItemRecalculation.class);
    static final int BATCH = 1000;

    private final CareHistories careHistories;
    private final StatutoryActivities activities;
    private final SupervisionRecords supervision;
    private final PathwayPlans pathwayPlans;
    private final ActionPlans actionPlans;
    private final org.hearth.missing.MissingRecords missing;
    private final org.hearth.exploitation.ExploitationRisks exploitationRisks;
    private final DriftEngine engine;
    private final DueItemRepository items;
    private final Policies policies;
    private final WorkingDays workingDays;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DueItemRecalculation(CareHistories careHistories, StatutoryActivities activities, SupervisionRecords supervision,
            PathwayPlans pathwayPlans, ActionPlans actionPlans, DriftEngine engine,
            DueItemRepository items, Policies policies, WorkingDays workingDays, TransactionTemplate transactions,
            Clock clock, org.hearth.missing.MissingRecords missing,
            org.hearth.exploitation.ExploitationRisks exploitationRisks) {
        this.missing = missing;
        this.exploitationRisks = exploitationRisks;
        this.careHistories = careHistories;
        this.activities = activities;
        this.supervision = supervision;
        this.pathwayPlans = pathwayPlans;
        this.actionPlans = actionPlans;
        this.engine = engine;
        this.items = items;
        this.policies = policies;
        this.workingDays = workingDays;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a run did. */
    public record Run(int children, int items, long millis) {
    }

    public Run recalculate(Collection<UUID> childIds) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        RuleContext context = context(today);
        int found = transactions.execute(tx -> {
            items.lockWriters();
            return store(careHistories.of(childIds), context, today);
        });
        return new Run(childIds.size(), found, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Every child, a batch at a time, each batch read, worked out and written in one transaction under the writers'
     * lock (see {@link DueItemRepository#lockWriters()}).
     */
    public Run recalculateAll() {
        long startedNanos = System.nanoTime();
        Instant started = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        RuleContext context = context(today);
        AtomicInteger children = new AtomicInteger();
        AtomicInteger found = new AtomicInteger();
        careHistories.forEachChildBatch(BATCH, ids -> {
            children.addAndGet(ids.size());
            found.addAndGet(transactions.execute(tx -> {
                items.lockWriters();
                return store(careHistories.of(ids), context, today);
            }));
        });
        items.recordRun(today, started, Instant.now(clock), children.get(), found.get());
        Run run = new Run(children.get(), found.get(), (System.nanoTime() - startedNanos) / 1_000_000);
        log.info("Due items worked out for {} children: {} items in {} ms", run.children(), run.items(),
                run.millis());
        return run;
    }

    boolean ranToday() {
        return items.ranFor(LocalDate.now(clock));
    }

    private RuleContext context(LocalDate today) {
        return new RuleContext(Timescales.on(policies, today), workingDays.calendar());
    }

    private int store(List<CareHistory> histories, RuleContext context, LocalDate today) {
        List<UUID> ids = histories.stream().map(CareHistory::childId).toList();
        Map<UUID, List<ActivityView>> recorded = activities.historiesOf(ids);
        Map<UUID, List<DecisionView>> decisions = supervision.openDecisionsOf(ids);
        Map<UUID, SignedOffPathwayPlan> plans = pathwayPlans.latestSignedOffOf(ids);
        Map<UUID, List<OpenActionPlan>> openPlans = actionPlans.openPlansOf(ids);
        Map<UUID, List<org.hearth.missing.MissingDue>> missingDue = missing.dueOf(ids);
        Map<UUID, org.hearth.exploitation.CurrentRiskAssessment> risks = exploitationRisks.currentOf(ids);
        List<DueItemRepository.Stored> stored = new ArrayList<>();
        for (CareHistory history : histories) {
            CaseFacts facts = new CaseFacts(history, recorded.getOrDefault(history.childId(), List.of()),
                    decisions.getOrDefault(history.childId(), List.of()), plans.get(history.childId()),
                    openPlans.getOrDefault(history.childId(), List.of()), risks.get(history.childId()),
                    missingDue.getOrDefault(history.childId(), List.of()), today);
            for (DueItem item : engine.dueFor(facts, context)) {
                stored.add(new DueItemRepository.Stored(item, history.responsibleTeamId(),
                        history.allocatedWorkerId()));
            }
        }
        items.replace(ids, stored);
        return stored.size();
    }
}
