package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.actionplans.ActionPlanActionDone;
import org.hearth.actionplans.ActionPlanClosed;
import org.hearth.actionplans.ActionPlanCreated;
import org.hearth.actionplans.ActionPlanProgressRecorded;
import org.hearth.pathwayplans.PathwayPlanSignedOff;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Entries fed by the pathway plan and action plan modules' events (issue 6: "what is recorded here feeds the
 * chronology"): a pathway plan signed off, and an action plan made, an action done, progress recorded, the plan
 * closed. Durable, and added once however often an event is delivered (the origin key). Bulk loads (demo data) publish
 * one event per batch and make no entries.
 */
@Component
class PlanEntries {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** Progress notes can be long: the entry keeps the start, the plan keeps the whole note. */
    static final int NOTE_IN_ENTRY = 500;

    private final EntryRepository entries;
    private final Directory directory;
    private final Clock clock;

    PlanEntries(EntryRepository entries, Directory directory, Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PathwayPlanSignedOff e) {
        add("PathwayPlanSignedOff:" + e.planId(), e.childId(), e.signedOffOn(), Significance.KEY_EVENT,
                "Pathway plan signed off", "Signed off by " + name(e.signedOffBy()) + ". Review due by "
                        + e.reviewDueOn().format(DATE) + ".", "PATHWAY_PLAN", e.planId(), e.signedOffBy());
    }

    @ApplicationModuleListener
    void on(ActionPlanCreated e) {
        add("ActionPlanCreated:" + e.planId(), e.childId(), e.startedOn(), Significance.KEY_EVENT,
                "Action plan made", "For: " + e.purpose() + ". " + e.actions() + " action" + (e.actions() == 1 ? ""
                        : "s") + ".", "ACTION_PLAN", e.planId(), e.createdBy());
    }

    @ApplicationModuleListener
    void on(ActionPlanActionDone e) {
        add("ActionPlanActionDone:" + e.actionId(), e.childId(), e.doneOn(), Significance.OTHER,
                "Action plan action done", e.description() + ".", "ACTION_PLAN", e.planId(), e.doneBy());
    }

    @ApplicationModuleListener
    void on(ActionPlanProgressRecorded e) {
        String note = e.note().length() > NOTE_IN_ENTRY ? e.note().substring(0, NOTE_IN_ENTRY) + "…" : e.note();
        add("ActionPlanProgressRecorded:" + e.noteId(), e.childId(), e.noteDate(), Significance.OTHER,
                "Action plan progress", note, "ACTION_PLAN", e.planId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(ActionPlanClosed e) {
        add("ActionPlanClosed:" + e.planId(), e.childId(), e.closedOn(), Significance.KEY_EVENT,
                "Action plan closed", "For: " + e.purpose() + ". " + e.summary(), "ACTION_PLAN", e.planId(),
                e.closedBy());
    }

    private void add(String originKey, UUID childId, LocalDate date, Significance significance, String title,
            String description, String sourceType, UUID sourceId, UUID recordedBy) {
        entries.insertAutomatic(List.of(new AutomaticEntry(originKey, childId, date, null, Category.CARE_AND_PLACEMENT,
                significance, title, description, "Hearth: " + title.toLowerCase(Locale.UK), sourceType, sourceId,
                recordedBy, name(recordedBy), Instant.now(clock))));
    }

    private String name(UUID userId) {
        return directory.user(userId).map(u -> u.displayName()).orElse("Hearth");
    }
}
