package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.permanence.AdoptionMatched;
import org.hearth.permanence.DeprivationOfLibertyEnded;
import org.hearth.permanence.DeprivationOfLibertyStarted;
import org.hearth.permanence.PlacementForAdoptionDecided;
import org.hearth.permanence.PlacementForAdoptionReversed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Entries fed by the permanence module (issue 8): the decision that the child should be placed for adoption, its
 * reversal, the match with adopters, and a Deprivation of Liberty Order starting and ending are key events in the
 * child's life. Durable, and added once however often an event is delivered (the origin key).
 */
@Component
class PermanenceEntries {

    /** REASON_PLACED_CEASED in words (docs/903.md 2.8). */
    static final Map<String, String> REVERSAL_REASONS = Map.of(
            "RD1", "the child's needs changed",
            "RD2", "the court did not make a placement order",
            "RD3", "prospective adopters could not be found",
            "RD4", "another reason");

    private final EntryRepository entries;
    private final Directory directory;
    private final Clock clock;

    PermanenceEntries(EntryRepository entries, Directory directory, Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PlacementForAdoptionDecided e) {
        add("PlacementForAdoptionDecided:" + e.decisionId(), e.childId(), e.decidedOn(), Category.DECISIONS,
                "Decision: should be placed for adoption",
                "The council decided that the child should be placed for adoption.", "ADOPTION_DECISION",
                e.decisionId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(PlacementForAdoptionReversed e) {
        add("PlacementForAdoptionReversed:" + e.decisionId(), e.childId(), e.reversedOn(), Category.DECISIONS,
                "Decision: no longer to be placed for adoption",
                "The decision of " + e.decidedOn() + " that the child should be placed for adoption was reversed: "
                        + REVERSAL_REASONS.getOrDefault(e.reason(), e.reason()) + ".",
                "ADOPTION_DECISION", e.decisionId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(AdoptionMatched e) {
        add("AdoptionMatched:" + e.childId() + ":" + e.matchedOn(), e.childId(), e.matchedOn(),
                Category.CARE_AND_PLACEMENT, "Matched with adopters", e.byFosterCarers()
                        ? "The child was matched with their foster carers as adopters."
                        : "The child was matched with prospective adopters.", "ADOPTION_MATCH", null,
                e.recordedBy());
    }

    @ApplicationModuleListener
    void on(DeprivationOfLibertyStarted e) {
        add("DeprivationOfLibertyStarted:" + e.orderId(), e.childId(), e.startedOn(), Category.LEGAL,
                "Deprivation of Liberty Order made", "A Deprivation of Liberty Order was made for the child.",
                "DEPRIVATION_OF_LIBERTY_ORDER", e.orderId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(DeprivationOfLibertyEnded e) {
        add("DeprivationOfLibertyEnded:" + e.orderId() + ":" + e.endedOn(), e.childId(), e.endedOn(), Category.LEGAL,
                "Deprivation of Liberty Order ended", "The Deprivation of Liberty Order made on " + e.startedOn()
                        + " ended.", "DEPRIVATION_OF_LIBERTY_ORDER", e.orderId(), e.recordedBy());
    }

    private void add(String originKey, UUID childId, LocalDate date, Category category, String title,
            String description, String sourceType, UUID sourceId, UUID recordedBy) {
        String by = directory.user(recordedBy).map(u -> u.displayName()).orElse("Hearth");
        entries.insertAutomatic(List.of(new AutomaticEntry(originKey, childId, date, null, category,
                Significance.KEY_EVENT, title, description, "Hearth: " + title.toLowerCase(java.util.Locale.UK),
                sourceType, sourceId, recordedBy, by, Instant.now(clock))));
    }
}
