package org.hearth.careleavers.internal;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the cohort read model is worked out again: after any change to a child's record or care (durably, after the
 * change commits), after bulk loads, after a change of the RAG rules, every night, and at start-up if the night's run
 * was missed. The young person's own leaving care record updates their row in the same transaction as the change.
 */
@Component
class CohortTriggers {

    static final String HOME_AREA_NEIGHBOURS = "places.home-area.neighbours";

    private final CohortRefresh refresh;
    private final boolean atStartUp;

    CohortTriggers(CohortRefresh refresh,
            @Value("${hearth.care-leavers.rebuild-at-start-up:${hearth.oversight.recalculate-at-start-up:true}}")
            boolean atStartUp) {
        this.refresh = refresh;
        this.atStartUp = atStartUp;
    }

    /** Record created, details changed, care started or ended, placement, legal status, allocation, undo. */
    @ApplicationModuleListener
    void on(org.hearth.children.Events changed) {
        refresh.refresh(Set.of(changed.childId()));
    }

    @ApplicationModuleListener
    void on(org.hearth.children.ChildHistoriesLoaded loaded) {
        refresh.refreshInBatches(loaded.childIds());
    }

    @ApplicationModuleListener
    void on(org.hearth.careleavers.CareLeaverRecordsLoaded loaded) {
        refresh.refreshInBatches(loaded.childIds());
    }

    /** A new postcode directory can place postcodes that were unknown (or move them). */
    @ApplicationModuleListener
    void on(org.hearth.places.PostcodeDirectoryImported imported) {
        refresh.rebuildAll();
    }

    /** The RAG rules, or which neighbours count as home, changed. */
    @ApplicationModuleListener
    void on(org.hearth.policy.PolicyChanged changed) {
        if (changed.key().startsWith(RagPolicy.PREFIX) || changed.key().equals(HOME_AREA_NEIGHBOURS)) {
            refresh.rebuildAll();
        }
    }

    @Scheduled(cron = "${hearth.care-leavers.daily-refresh:${hearth.oversight.daily-recalculation:0 45 1 * * *}}", zone = "Europe/London")
    void nightly() {
        refresh.rebuildAll();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (atStartUp && !refresh.ranToday()) {
            new Thread(refresh::rebuildAll, "care-leavers-cohort-at-start-up").start();
        }
    }
}
