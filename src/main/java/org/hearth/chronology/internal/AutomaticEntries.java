package org.hearth.chronology.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.children.AllocationChanged;
import org.hearth.children.CareEnded;
import org.hearth.children.CareStarted;
import org.hearth.children.ChildHistoriesLoaded;
import org.hearth.children.ChildRecordCreated;
import org.hearth.children.ChildRecords;
import org.hearth.children.EpisodeChangeUndone;
import org.hearth.children.Events;
import org.hearth.children.LegalStatusChanged;
import org.hearth.children.PlacementChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Key events fed automatically: the chronology listens to the children module's events and nobody else writes its
 * entries. Each listener runs after the business transaction commits, in its own transaction, and its publication is
 * stored with the business change (Spring Modulith's JDBC registry), so an entry still appears after a crash and
 * restart. Redelivery adds nothing twice (the origin key).
 * <p>
 * Listeners run in parallel, so an undo can reach the chronology before the change it undoes. Both take a lock on
 * the child, and a change whose episode is already gone is recorded and marked as corrected at once: whichever order
 * they arrive in, the chronology ends the same (ADR 0004).
 */
@Component
class AutomaticEntries {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AutomaticEntries.class);

    private final EntryRepository entries;
    private final KeyEventEntries keyEvents;
    private final ChildRecords children;
    private final Directory directory;
    private final JdbcClient jdbc;

    AutomaticEntries(EntryRepository entries, KeyEventEntries keyEvents, ChildRecords children, Directory directory,
            JdbcClient jdbc) {
        this.entries = entries;
        this.keyEvents = keyEvents;
        this.children = children;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ChildRecordCreated event) {
        add(event);
    }

    @ApplicationModuleListener
    void on(CareStarted event) {
        add(event);
    }

    @ApplicationModuleListener
    void on(PlacementChanged event) {
        add(event);
    }

    @ApplicationModuleListener
    void on(LegalStatusChanged event) {
        add(event);
    }

    @ApplicationModuleListener
    void on(CareEnded event) {
        add(event);
    }

    @ApplicationModuleListener
    void on(AllocationChanged event) {
        add(event);
    }

    /**
     * The change was recorded in error and undone: its entries are marked as entered in error by the source
     * correction, with the reason, and stay in the history.
     */
    @ApplicationModuleListener
    void on(EpisodeChangeUndone event) {
        lock(event.childId());
        String by = directory.user(event.undoneBy()).map(u -> u.displayName()).orElse("Hearth");
        String reason = "The change was undone in the episode record: " + event.reason();
        List<Entry> corrected = new ArrayList<>();
        if (event.removedEpisodeId() != null) {
            corrected.addAll(entries.fromSource(event.childId(), event.removedEpisodeId(), "EPISODE"));
        } else if (event.reopenedEpisodeId() != null) {
            corrected.addAll(entries.fromSource(event.childId(), event.reopenedEpisodeId(), "EPISODE_END"));
        }
        for (Entry entry : corrected) {
            entries.change(withError(entry), event.undoneBy(), by, "SOURCE_CORRECTED", reason);
        }
    }

    /** Demo, stress or imported histories: one event for thousands of children, entries written in batches. */
    @ApplicationModuleListener
    void on(ChildHistoriesLoaded event) {
        long started = System.nanoTime();
        List<UUID> ids = event.childIds();
        int added = 0;
        for (int from = 0; from < ids.size(); from += 1_000) {
            Map<UUID, List<Events>> byChild = children.keyEventsOf(ids.subList(from, Math.min(ids.size(),
                    from + 1_000)));
            List<Events> all = new ArrayList<>();
            byChild.values().forEach(all::addAll);
            added += entries.insertAutomatic(keyEvents.entriesFor(all), event.importId());
        }
        log.info("Chronology: {} automatic entries for {} children loaded in bulk, in {} ms", added, ids.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void add(Events event) {
        lock(event.childId());
        List<AutomaticEntry> made = keyEvents.entriesFor(List.of(event));
        entries.insertAutomatic(made);
        for (AutomaticEntry entry : made) {
            if (undoneAlready(entry)) {
                entries.fromSource(entry.childId(), entry.sourceRecordId(), entry.sourceRecordType()).stream()
                        .filter(e -> e.title().equals(entry.title()))
                        .forEach(e -> entries.change(withError(e), null, "Hearth", "SOURCE_CORRECTED",
                                "The change was undone in the episode record before it reached the chronology"));
            }
        }
    }

    /** The episode an entry comes from is gone (or open again), so the change was undone before this arrived. */
    private boolean undoneAlready(AutomaticEntry entry) {
        return switch (entry.sourceRecordType()) {
            case "EPISODE" -> children.episode(entry.sourceRecordId()).isEmpty();
            case "EPISODE_END" -> children.episode(entry.sourceRecordId()).map(e -> e.open()).orElse(true);
            default -> false;
        };
    }

    private void lock(UUID childId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "chronology:" + childId)
                .query((rs, n) -> 1).list();
    }

    private static Entry withError(Entry e) {
        return new Entry(e.id(), e.childId(), e.eventDate(), e.datePrecision(), e.eventTime(), e.category(),
                e.significance(), e.title(), e.description(), e.source(), e.actionTaken(), e.impact(), e.automatic(),
                e.sourceRecordType(), e.sourceRecordId(), e.sourceRecordLink(), e.suitableToShare(),
                e.thirdPartyInformation(), true, e.version(), e.recordedBy(), e.recordedAt(), e.changedBy(),
                e.changedAt(), e.changeKind(), e.changeReason(), null);
    }
}
