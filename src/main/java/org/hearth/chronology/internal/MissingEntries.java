package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.missing.AgeAssessmentRecorded;
import org.hearth.missing.MissingEpisodeEnded;
import org.hearth.missing.MissingEpisodeStarted;
import org.hearth.missing.MissingStrategyDiscussionRecorded;
import org.hearth.missing.MissingType;
import org.hearth.missing.NationalTransferRecorded;
import org.hearth.missing.NrmDecisionRecorded;
import org.hearth.missing.ReturnHomeInterviewHeld;
import org.hearth.missing.TransferOutcome;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Entries fed by the missing module's events (issue 7): going missing and returning, the return home interview, a
 * strategy discussion (a decision), the National Referral Mechanism decision, a completed age assessment and a
 * National Transfer Scheme transfer's outcome. Durable, and added once however often an event is delivered (the
 * origin key). Bulk loads (demo data) publish one event per batch and make no entries.
 */
@Component
class MissingEntries {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final EntryRepository entries;
    private final Directory directory;
    private final Clock clock;

    MissingEntries(EntryRepository entries, Directory directory, Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MissingEpisodeStarted e) {
        ZonedDateTime at = e.startedAt().atZone(LONDON);
        add("MissingEpisodeStarted:" + e.episodeId(), e.childId(), at.toLocalDate(), at.toLocalTime(),
                Category.MISSING, Significance.KEY_EVENT, e.type() == MissingType.M ? "Went missing"
                        : "Away from placement without authorisation",
                e.type().label() + ". Risk at the time: " + e.risk().label().toLowerCase(Locale.UK) + "."
                        + (e.uasc() ? " Unaccompanied asylum-seeking child: the trafficking protocol applies." : ""),
                "MISSING_EPISODE", e.episodeId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(MissingEpisodeEnded e) {
        ZonedDateTime at = e.endedAt().atZone(LONDON);
        add("MissingEpisodeEnded:" + e.episodeId(), e.childId(), at.toLocalDate(), at.toLocalTime(),
                Category.MISSING, Significance.KEY_EVENT, e.type() == MissingType.M ? "Found or returned from missing"
                        : "Returned to placement", "Missing since " + DATE_TIME.format(e.startedAt().atZone(LONDON))
                        + ". Found or returned: " + e.whereFound() + ".", "MISSING_EPISODE", e.episodeId(),
                e.recordedBy());
    }

    @ApplicationModuleListener
    void on(ReturnHomeInterviewHeld e) {
        LocalDate date = e.heldOn() != null ? e.heldOn() : LocalDate.now(clock);
        add("ReturnHomeInterviewHeld:" + e.episodeId(), e.childId(), date, null, Category.MISSING, Significance.OTHER,
                e.declined() ? "Return home interview declined" : "Return home interview held",
                (e.declined() ? "Offered by " : "Held by ") + e.offeredBy() + (e.independent() ? " (independent)."
                        : " (not independent)."), "MISSING_EPISODE", e.episodeId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(MissingStrategyDiscussionRecorded e) {
        add("MissingStrategyDiscussionRecorded:" + e.discussionId(), e.childId(), e.heldOn(), null,
                Category.DECISIONS, Significance.KEY_EVENT, "Strategy discussion about missing episodes",
                "Attended: " + e.attendees() + ". Decision: " + e.decision()
                        + (e.nextSteps() == null ? "" : " Next steps: " + e.nextSteps()),
                "MISSING_STRATEGY_DISCUSSION", e.discussionId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(NrmDecisionRecorded e) {
        ZonedDateTime at = e.decidedAt().atZone(LONDON);
        add("NrmDecisionRecorded:" + e.episodeId(), e.childId(), at.toLocalDate(), at.toLocalTime(),
                Category.SAFEGUARDING_AND_RISK, Significance.KEY_EVENT, e.referred()
                        ? "Referred to the National Referral Mechanism"
                        : "Decided not to refer to the National Referral Mechanism",
                "Decided by " + e.decidedBy() + (e.note() == null ? "." : ". " + e.note()), "MISSING_EPISODE",
                e.episodeId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(AgeAssessmentRecorded e) {
        if (!e.status().completed()) {
            return;
        }
        add("AgeAssessmentRecorded:" + e.childId() + ":" + e.status() + ":" + e.statusOn(), e.childId(),
                e.statusOn(), null, Category.LEGAL, Significance.KEY_EVENT, "Age assessment: "
                        + e.status().label().toLowerCase(Locale.UK), e.outcome(), "AGE_ASSESSMENT", e.childId(),
                e.recordedBy());
    }

    @ApplicationModuleListener
    void on(NationalTransferRecorded e) {
        if (e.outcome() == TransferOutcome.PENDING) {
            add("NationalTransferReferred:" + e.transferId(), e.childId(), e.referredOn(), null,
                    Category.CARE_AND_PLACEMENT, Significance.OTHER, "Referred to the National Transfer Scheme",
                    "From " + e.fromAuthority() + ".", "NATIONAL_TRANSFER", e.transferId(), e.recordedBy());
            return;
        }
        add("NationalTransferRecorded:" + e.transferId() + ":" + e.outcome(), e.childId(), e.outcomeOn(), null,
                Category.CARE_AND_PLACEMENT, Significance.KEY_EVENT, e.outcome() == TransferOutcome.TRANSFERRED
                        ? "Transferred under the National Transfer Scheme" : "Not transferred under the National "
                                + "Transfer Scheme", "From " + e.fromAuthority()
                        + (e.toAuthority() == null ? "" : " to " + e.toAuthority()) + "; referred "
                        + e.referredOn() + ".", "NATIONAL_TRANSFER", e.transferId(), e.recordedBy());
    }

    private void add(String originKey, UUID childId, LocalDate date, LocalTime time, Category category,
            Significance significance, String title, String description, String sourceType, UUID sourceId,
            UUID recordedBy) {
        entries.insertAutomatic(List.of(new AutomaticEntry(originKey, childId, date,
                time == null ? null : time.withSecond(0).withNano(0), category, significance, title, description,
                "Hearth: " + title.toLowerCase(Locale.UK), sourceType, sourceId, recordedBy, name(recordedBy),
                Instant.now(clock))));
    }

    private String name(UUID userId) {
        return userId == null ? "Hearth" : directory.user(userId).map(u -> u.displayName()).orElse("Hearth");
    }
}
