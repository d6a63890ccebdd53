package org.hearth.oversight.internal;

import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When due items are worked out again: after any change to a child's care or activity (durably, after the change
 * commits), after a change of local timescales, and for everyone each night and at start-up if the night's run was
 * missed.
 */
@Component
class DueItemTriggers {

    private final DueItemRecalculation recalculation;
    private final boolean atStartUp;

    DueItemTriggers(DueItemRecalculation recalculation,
            @org.springframework.beans.factory.annotation.Value("${hearth.oversight.recalculate-at-start-up:true}")
            boolean atStartUp) {
        this.recalculation = recalculation;
        this.atStartUp = atStartUp;
    }

    @ApplicationModuleListener
    void on(org.hearth.children.Events changed) {
        recalculation.recalculate(Set.of(changed.childId()));
    }

    @ApplicationModuleListener
    void on(org.hearth.practice.Events recorded) {
        recalculation.recalculate(Set.of(recorded.childId()));
    }

    @ApplicationModuleListener
    void on(org.hearth.supervision.Events decided) {
        recalculation.recalculate(Set.of(decided.childId()));
    }

    @ApplicationModuleListener
    void on(org.hearth.practice.StatutoryActivitiesLoaded loaded) {
        inBatches(loaded.childIds());
    }

    /** Decisions loaded in bulk (demo data; later, imports) change those children's items too. */
    @ApplicationModuleListener
    void on(org.hearth.supervision.SupervisionLoaded loaded) {
        inBatches(loaded.childIds());
    }

    /** A pathway plan signed off moves the young person's review date (and satisfies the first plan). */
    @ApplicationModuleListener
    void on(org.hearth.pathwayplans.Events changed) {
        recalculation.recalculate(Set.of(changed.childId()));
    }

    /** Action plans made, changed, progressed or closed change the young person's action plan items. */
    @ApplicationModuleListener
    void on(org.hearth.actionplans.Events changed) {
        recalculation.recalculate(Set.of(changed.childId()));
    }

    @ApplicationModuleListener
    void on(org.hearth.pathwayplans.PathwayPlansLoaded loaded) {
        inBatches(loaded.childIds());
    }

    @ApplicationModuleListener
    void on(org.hearth.actionplans.ActionPlansLoaded loaded) {
        inBatches(loaded.childIds());
    }

    /** Missing episodes, return home interviews, strategy discussions and protocol steps (issue 7). */
    @ApplicationModuleListener
    void on(org.hearth.missing.Events changed) {
        recalculation.recalculate(Set.of(changed.childId()));
    }

    @ApplicationModuleListener
    void on(org.hearth.missing.MissingLoaded loaded) {
        inBatches(loaded.childIds());
    }

    /** An exploitation risk assessment completed or countersigned moves the reassessment and countersignature. */
    @ApplicationModuleListener
    void on(org.hearth.exploitation.Events changed) {
        recalculation.recalculate(Set.of(changed.childId()));
    }

    @ApplicationModuleListener
    void on(org.hearth.exploitation.RiskAssessmentsLoaded loaded) {
        inBatches(loaded.childIds());
    }

    private void inBatches(java.util.List<java.util.UUID> childIds) {
        for (int from = 0; from < childIds.size(); from += DueItemRecalculation.BATCH) {
            recalculation.recalculate(childIds.subList(from, Math.min(from + DueItemRecalculation.BATCH,
                    childIds.size())));
        }
    }

    @ApplicationModuleListener
    void on(org.hearth.policy.PolicyChanged changed) {
        recalculation.recalculateAll();
    }

    @Scheduled(cron = "${hearth.oversight.daily-recalculation:0 30 1 * * *}", zone = "Europe/London")
    void nightly() {
        recalculation.recalculateAll();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (atStartUp && !recalculation.ranToday()) {
            new Thread(recalculation::recalculateAll, "due-items-at-start-up").start();
        }
    }
}
