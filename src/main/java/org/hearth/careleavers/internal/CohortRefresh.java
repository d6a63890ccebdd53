package org.hearth.careleavers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.careleavers.RagDomain;
import org.hearth.children.CareHistories;
import org.hearth.children.CareHistory;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.places.Residence;
import org.hearth.places.ResidenceStatus;
import org.hearth.places.Residences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the cohort read model current: for some young people when their records change, for everyone each day (ages,
 * categories and time-based ratings move with the date) and at start-up or after bulk loads. A full run goes a batch
 * at a time, each in its own transaction under the writers' lock.
 */
@Service
public class CohortRefresh {

    private static final Logger log = LoggerFactory.getLogger(CohortRefresh.class);
    static final int BATCH = 1000;

    private final ChildRecords children;
    private final CareHistories careHistories;
    private final CareLeaverRepository records;
    private final CohortRepository cohort;
    private final Assessor assessor;
    private final TransactionTemplate transactions;
    private final Residences residences;
    private final Clock clock;

    CohortRefresh(ChildRecords children, CareHistories careHistories, CareLeaverRepository records,
            CohortRepository cohort, Assessor assessor, Residences residences, TransactionTemplate transactions,
            Clock clock) {
        this.residences = residences;
        this.children = children;
        this.careHistories = careHistories;
        this.records = records;
        this.cohort = cohort;
        this.assessor = assessor;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Run(int children, int rows, long millis) {
    }

    /** Works these young people's rows out again, in the caller's transaction if there is one. */
    public int refresh(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return 0;
        }
        Integer stored = transactions.execute(tx -> {
            cohort.lockWriters();
            return store(childIds, LocalDate.now(clock));
        });
        return stored == null ? 0 : stored;
    }

    public void refreshInBatches(List<UUID> childIds) {
        for (int from = 0; from < childIds.size(); from += BATCH) {
            refresh(childIds.subList(from, Math.min(from + BATCH, childIds.size())));
        }
    }

    public Run rebuildAll() {
        long startedNanos = System.nanoTime();
        Instant started = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger rows = new AtomicInteger();
        careHistories.forEachChildBatch(BATCH, ids -> {
            seen.addAndGet(ids.size());
            rows.addAndGet(transactions.execute(tx -> {
                cohort.lockWriters();
                return store(ids, today);
            }));
        });
        transactions.executeWithoutResult(tx -> cohort.recordRun(today, started, Instant.now(clock), seen.get(),
                rows.get()));
        Run run = new Run(seen.get(), rows.get(), (System.nanoTime() - startedNanos) / 1_000_000);
        log.info("Care leavers cohort worked out for {} children: {} young people in {} ms", run.children(),
                run.rows(), run.millis());
        return run;
    }

    boolean ranToday() {
        return cohort.ranFor(LocalDate.now(clock));
    }

    private int store(Collection<UUID> childIds, LocalDate today) {
        Map<UUID, ChildView> views = children.findAll(childIds).stream()
                .collect(Collectors.toMap(ChildView::id, Function.identity()));
        List<CareHistory> histories = careHistories.of(childIds);
        Map<UUID, Records.Current> current = records.currentOf(childIds);
        RagPolicy policy = assessor.policy(today);
        List<CohortRow> rows = new ArrayList<>();
        for (CareHistory history : histories) {
            ChildView child = views.get(history.childId());
            if (child == null) {
                continue;
            }
            CategoryAssessment category = CategoryRules.assess(history, today);
            if (!category.inCohort()) {
                continue;
            }
            Picture picture = Assessor.picture(category, current.get(child.id()), today, policy);
            rows.add(row(child, picture));
        }
        cohort.replace(childIds, whereTheyLive(rows), today);
        return rows.size();
    }

    /** Every row's postcode resolved at once (never guessed: an unknown postcode stays unknown). */
    private List<CohortRow> whereTheyLive(List<CohortRow> rows) {
        Map<String, Residence> residences = this.residences.ofAll(rows.stream().map(CohortRow::postcode)
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<CohortRow> placed = new ArrayList<>(rows.size());
        for (CohortRow row : rows) {
            Residence r = row.postcode() == null ? null : residences.get(row.postcode());
            if (r == null) {
                placed.add(row.livingAt(ResidenceStatus.NO_POSTCODE.name(), null, null, null, null));
                continue;
            }
            boolean known = r.status() == ResidenceStatus.IN_HOME_AREA || r.outOfArea();
            placed.add(row.livingAt(r.status().name(), r.authority() == null ? null : r.authority().code(),
                    r.authority() == null ? null : r.authority().name(), known ? r.outOfArea() : null,
                    r.milesFromHome()));
        }
        return placed;
    }

    static CohortRow row(ChildView child, Picture p) {
        Records.Current c = p.current();
        return new CohortRow(child.id(), child.localChildId(), child.knownAs(),
                (child.lastName() + " " + child.firstName()).toLowerCase(Locale.UK), child.dateOfBirth(),
                child.responsibleTeamId(), child.allocatedWorkerId(), child.restricted(),
                p.category().lookedAfterNow(), p.category().category(), p.category().why(), p.category().certain(),
                c.adviser() == null ? null : c.adviser().adviserId(),
                c.inTouch() == null ? null : c.inTouch().code(), c.inTouch() == null ? null
                        : c.inTouch().lastContactOn(),
                c.activity() == null ? null : c.activity().code(), c.activity() == null ? null
                        : c.activity().startedOn(),
                c.accommodation() == null ? null : c.accommodation().code(), c.accommodation() == null ? null
                        : c.accommodation().startedOn(),
                c.stayingPut() != null, child.currentPostcode(), p.eet().rating(), p.rating(RagDomain.EET),
                p.override(RagDomain.EET) != null, p.circumstances().rating(),
                p.rating(RagDomain.PERSONAL_CIRCUMSTANCES), p.override(RagDomain.PERSONAL_CIRCUMSTANCES) != null,
                null, null, null, null, null);
    }
}
