package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.careleavers.AccommodationChanged;
import org.hearth.careleavers.ActivityChanged;
import org.hearth.careleavers.InTouchStatusRecorded;
import org.hearth.careleavers.PersonalAdviserAllocated;
import org.hearth.careleavers.RagRatingChanged;
import org.hearth.careleavers.StayingPutEnded;
import org.hearth.careleavers.StayingPutStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Entries fed by the care leavers module's events (issue 6): the significant changes in a young person's life after
 * 16 (activity, accommodation, losing touch, a personal adviser allocated, Staying Put starting and ending) and every
 * change of RAG rating. Each is added once however often its event is delivered (the origin key). An in-touch status
 * recorded without losing touch, and concern levels, are not chronology events; bulk loads (demo data) make none.
 */
@Component
class CareLeaverEntries {

    private static final String SOURCE = "CARE_LEAVER";

    private final EntryRepository entries;
    private final Directory directory;
    private final Clock clock;

    CareLeaverEntries(EntryRepository entries, Directory directory, Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonalAdviserAllocated e) {
        add("PersonalAdviserAllocated:" + e.allocationId(), e.childId(), e.allocatedOn(), Category.CARE_AND_PLACEMENT,
                Significance.KEY_EVENT, "Personal adviser allocated", e.adviserName() + " became the personal "
                        + "adviser" + (e.previousAdviserId() == null ? "." : ", taking over from "
                                + name(e.previousAdviserId()) + "."), e.allocationId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(ActivityChanged e) {
        add("ActivityChanged:" + e.statusId(), e.childId(), e.since(), Category.EDUCATION, Significance.KEY_EVENT,
                "Main activity changed", "Now: " + e.code() + " – " + e.description()
                        + (e.previousCode() == null ? "." : " (was " + e.previousCode() + ")."), e.statusId(),
                e.recordedBy());
    }

    @ApplicationModuleListener
    void on(AccommodationChanged e) {
        add("AccommodationChanged:" + e.statusId(), e.childId(), e.since(), Category.CARE_AND_PLACEMENT,
                Significance.KEY_EVENT, "Accommodation changed", "Now: " + e.code() + " – " + e.description()
                        + (e.previousCode() == null ? "." : " (was " + e.previousCode() + ")."), e.statusId(),
                e.recordedBy());
    }

    @ApplicationModuleListener
    void on(InTouchStatusRecorded e) {
        if (!e.lost()) {
            return;
        }
        add("InTouchLost:" + e.statusId(), e.childId(), e.since(), Category.SAFEGUARDING_AND_RISK,
                Significance.KEY_EVENT, "Contact lost with the young person", e.code() + " – " + e.description()
                        + (e.lastContactOn() == null ? "." : "; last contact " + e.lastContactOn().format(DATE) + "."),
                e.statusId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(StayingPutStarted e) {
        add("StayingPutStarted:" + e.arrangementId(), e.childId(), e.startedOn(), Category.CARE_AND_PLACEMENT,
                Significance.KEY_EVENT, "Staying Put started", "Staying with former foster carer " + e.carerName()
                        + ".", e.arrangementId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(StayingPutEnded e) {
        add("StayingPutEnded:" + e.arrangementId(), e.childId(), e.endedOn(), Category.CARE_AND_PLACEMENT,
                Significance.KEY_EVENT, "Staying Put ended", "The arrangement with " + e.carerName() + " ended.",
                e.arrangementId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(RagRatingChanged e) {
        String label = e.domain().label();
        String what = (e.from() == null ? "Rated " : "From " + e.from().label().toLowerCase(java.util.Locale.UK)
                + " to ") + e.to().label().toLowerCase(java.util.Locale.UK)
                + (e.overridden() ? ", overriding the suggested " + e.suggested().label().toLowerCase(java.util.Locale.UK)
                        + ". Reason: " + e.reason()
                        : e.givenBy() == null ? ", as the local rules suggest." : ", the suggested rating.");
        add("RagRatingChanged:" + e.ratingId(), e.childId(), e.ratedOn(), Category.OTHER, Significance.OTHER,
                "RAG rating: " + label, what, e.ratingId(), e.givenBy());
    }

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

    private void add(String originKey, UUID childId, LocalDate date, Category category, Significance significance,
            String title, String description, UUID sourceId, UUID recordedBy) {
        entries.insertAutomatic(List.of(new AutomaticEntry(originKey, childId, date, null, category, significance,
                title, description, "Hearth: leaving care record", SOURCE, sourceId, recordedBy, name(recordedBy),
                Instant.now(clock))));
    }

    private String name(UUID userId) {
        return directory.user(userId).map(u -> u.displayName()).orElse("Hearth");
    }
}
