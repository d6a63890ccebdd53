package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hearth.access.Directory;
import org.hearth.lifestory.LifeStoryKind;
import org.hearth.lifestory.LifeStoryStatus;
import org.hearth.lifestory.LifeStoryWorkStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Entries fed by the life story module (issue 7): a piece of life story work shared with the child or completed is an
 * event in the child's life, and a positive one ("Positive events belong too", domain.md, A good chronology). Sharing
 * or completing a life story book or a later-life letter is a key event; a memory box or a direct work session is
 * another event. Durable, and added once however often an event is delivered (the origin key: item and status).
 */
@Component
class LifeStoryEntries {

    static final int INVOLVEMENT_IN_ENTRY = 500;

    private final EntryRepository entries;
    private final Directory directory;
    private final Clock clock;

    LifeStoryEntries(EntryRepository entries, Directory directory, Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LifeStoryWorkStatusChanged e) {
        boolean key = e.kind() == LifeStoryKind.LIFE_STORY_BOOK || e.kind() == LifeStoryKind.LATER_LIFE_LETTER;
        String title = e.kind().label() + (e.status() == LifeStoryStatus.SHARED_WITH_CHILD ? " shared with the child"
                : " completed");
        String involvement = e.childInvolvement() == null ? ""
                : " The child: " + (e.childInvolvement().length() > INVOLVEMENT_IN_ENTRY
                        ? e.childInvolvement().substring(0, INVOLVEMENT_IN_ENTRY) + "…" : e.childInvolvement());
        String by = directory.user(e.changedBy()).map(u -> u.displayName()).orElse("Hearth");
        entries.insertAutomatic(List.of(new AutomaticEntry("LifeStoryWork:" + e.itemId() + ":" + e.status().name(),
                e.childId(), e.doneOn(), null, Category.LIFE_STORY, key ? Significance.KEY_EVENT : Significance.OTHER,
                title, "\"" + e.title() + "\", by " + e.doneBy() + "." + involvement,
                "Hearth: " + e.kind().label().toLowerCase(Locale.UK), "LIFE_STORY_WORK", e.itemId(), e.changedBy(),
                by, Instant.now(clock))));
    }
}
