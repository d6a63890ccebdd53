package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatched;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyEnded;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.DeprivationOfLibertyStarted;
import org.hearth.permanence.PermanenceLoaded;
import org.hearth.permanence.PermanenceRecords;
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
    private final PermanenceRecords permanence;
    private final Directory directory;
    private final Clock clock;

    PermanenceEntries(EntryRepository entries, PermanenceRecords permanence, Directory directory, Clock clock) {
        this.entries = entries;
        this.permanence = permanence;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PlacementForAdoptionDecided e) {
        insert(List.of(decided(e.childId(), e.decisionId(), e.decidedOn(), e.recordedBy(), by(e.recordedBy()))),
                null);
    }

    @ApplicationModuleListener
    void on(PlacementForAdoptionReversed e) {
        insert(List.of(reversed(e.childId(), e.decisionId(), e.decidedOn(), e.reversedOn(), e.reason(),
                e.recordedBy(), by(e.recordedBy()))), null);
    }

    @ApplicationModuleListener
    void on(AdoptionMatched e) {
        insert(List.of(matched(e.childId(), e.matchedOn(), e.byFosterCarers(), e.recordedBy(), by(e.recordedBy()))),
                null);
    }

    @ApplicationModuleListener
    void on(DeprivationOfLibertyStarted e) {
        insert(List.of(orderMade(e.childId(), e.orderId(), e.startedOn(), e.recordedBy(), by(e.recordedBy()))),
                null);
    }

    @ApplicationModuleListener
    void on(DeprivationOfLibertyEnded e) {
        insert(List.of(orderEnded(e.childId(), e.orderId(), e.startedOn(), e.endedOn(), e.recordedBy(),
                by(e.recordedBy()))), null);
    }

    /**
     * Records written in bulk (a 903 import): the same entries as when each is recorded on its own, with the same
     * origin keys, so what the chronology has already is not added twice; marked with the import when there is one.
     */
    @ApplicationModuleListener
    void on(PermanenceLoaded e) {
        String by = by(e.loadedBy());
        for (int from = 0; from < e.childIds().size(); from += 1_000) {
            List<AutomaticEntry> made = new ArrayList<>();
            for (ChildPermanence records : permanence.of(e.childIds().subList(from, Math.min(e.childIds().size(),
                    from + 1_000))).values()) {
                UUID child = records.childId();
                for (AdoptionDecision d : records.decisions()) {
                    made.add(decided(child, d.id(), d.decidedOn(), e.loadedBy(), by));
                    if (d.reversedOn() != null) {
                        made.add(reversed(child, d.id(), d.decidedOn(), d.reversedOn(), d.reversalReason(),
                                e.loadedBy(), by));
                    }
                }
                if (records.match() != null) {
                    made.add(matched(child, records.match().matchedOn(), records.match().byFosterCarers(),
                            e.loadedBy(), by));
                }
                for (DeprivationOfLibertyOrder o : records.orders()) {
                    made.add(orderMade(child, o.id(), o.startedOn(), e.loadedBy(), by));
                    if (o.endedOn() != null) {
                        made.add(orderEnded(child, o.id(), o.startedOn(), o.endedOn(), e.loadedBy(), by));
                    }
                }
            }
            insert(made, e.importId());
        }
    }

    private AutomaticEntry decided(UUID childId, UUID decisionId, LocalDate decidedOn, UUID recordedBy, String by) {
        return entry("PlacementForAdoptionDecided:" + decisionId, childId, decidedOn, Category.DECISIONS,
                "Decision: should be placed for adoption",
                "The council decided that the child should be placed for adoption.", "ADOPTION_DECISION",
                decisionId, recordedBy, by);
    }

    private AutomaticEntry reversed(UUID childId, UUID decisionId, LocalDate decidedOn, LocalDate reversedOn,
            String reason, UUID recordedBy, String by) {
        return entry("PlacementForAdoptionReversed:" + decisionId, childId, reversedOn, Category.DECISIONS,
                "Decision: no longer to be placed for adoption",
                "The decision of " + decidedOn + " that the child should be placed for adoption was reversed: "
                        + REVERSAL_REASONS.getOrDefault(reason, reason) + ".",
                "ADOPTION_DECISION", decisionId, recordedBy, by);
    }

    private AutomaticEntry matched(UUID childId, LocalDate matchedOn, boolean byFosterCarers, UUID recordedBy,
            String by) {
        return entry("AdoptionMatched:" + childId + ":" + matchedOn, childId, matchedOn, Category.CARE_AND_PLACEMENT,
                "Matched with adopters", byFosterCarers
                        ? "The child was matched with their foster carers as adopters."
                        : "The child was matched with prospective adopters.", "ADOPTION_MATCH", null, recordedBy,
                by);
    }

    private AutomaticEntry orderMade(UUID childId, UUID orderId, LocalDate startedOn, UUID recordedBy, String by) {
        return entry("DeprivationOfLibertyStarted:" + orderId, childId, startedOn, Category.LEGAL,
                "Deprivation of Liberty Order made", "A Deprivation of Liberty Order was made for the child.",
                "DEPRIVATION_OF_LIBERTY_ORDER", orderId, recordedBy, by);
    }

    private AutomaticEntry orderEnded(UUID childId, UUID orderId, LocalDate startedOn, LocalDate endedOn,
            UUID recordedBy, String by) {
        return entry("DeprivationOfLibertyEnded:" + orderId + ":" + endedOn, childId, endedOn, Category.LEGAL,
                "Deprivation of Liberty Order ended", "The Deprivation of Liberty Order made on " + startedOn
                        + " ended.", "DEPRIVATION_OF_LIBERTY_ORDER", orderId, recordedBy, by);
    }

    private AutomaticEntry entry(String originKey, UUID childId, LocalDate date, Category category, String title,
            String description, String sourceType, UUID sourceId, UUID recordedBy, String by) {
        return new AutomaticEntry(originKey, childId, date, null, category, Significance.KEY_EVENT, title,
                description, "Hearth: " + title.toLowerCase(java.util.Locale.UK), sourceType, sourceId, recordedBy, by,
                Instant.now(clock));
    }

    private String by(UUID user) {
        return directory.user(user).map(u -> u.displayName()).orElse("Hearth");
    }

    private void insert(List<AutomaticEntry> made, UUID importId) {
        if (!made.isEmpty()) {
            entries.insertAutomatic(made, importId);
        }
    }
}
