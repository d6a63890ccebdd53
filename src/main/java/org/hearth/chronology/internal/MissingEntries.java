package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.hearth.access.Directory;
import org.hearth.missing.AgeAssessmentRecorded;
import org.hearth.missing.Events;
import org.hearth.missing.MissingLoaded;
import org.hearth.missing.MissingRecords;
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
 * origin key). Bulk loads (demo data) publish one event per batch, and their records make the same entries.
 */
@Component
class MissingEntries {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final EntryRepository entries;
    private final Directory directory;
    private final MissingRecords records;
    private final Clock clock;

    MissingEntries(EntryRepository entries, Directory directory, MissingRecords records, Clock clock) {
        this.entries = entries;
        this.records = records;
        this.directory = directory;
        this.clock = clock;
    }

    private List<AutomaticEntry> entries(MissingEpisodeStarted e, Function<UUID, String> names) {
        ZonedDateTime at = e.startedAt().atZone(LONDON);
        return entry(names, "MissingEpisodeStarted:" + e.episodeId(), e.childId(), at.toLocalDate(),
                at.toLocalTime(), Category.MISSING, Significance.KEY_EVENT, e.type() == MissingType.M ? "Went missing"
                        : "Away from placement without authorisation",
                e.type().label() + ". Risk at the time: " + e.risk().label().toLowerCase(Locale.UK) + "."
                        + (e.uasc() ? " Unaccompanied asylum-seeking child: the trafficking protocol applies." : ""),
                "MISSING_EPISODE", e.episodeId(), e.recordedBy());
    }

    private List<AutomaticEntry> entries(MissingEpisodeEnded e, Function<UUID, String> names) {
        ZonedDateTime at = e.endedAt().atZone(LONDON);
        return entry(names, "MissingEpisodeEnded:" + e.episodeId(), e.childId(), at.toLocalDate(),
                at.toLocalTime(), Category.MISSING, Significance.KEY_EVENT,
                e.type() == MissingType.M ? "Found or returned from missing" : "Returned to placement",
                "Missing since " + DATE_TIME.format(e.startedAt().atZone(LONDON))
                        + ". Found or returned: " + e.whereFound() + ".", "MISSING_EPISODE", e.episodeId(),
                e.recordedBy());
    }

    private List<AutomaticEntry> entries(ReturnHomeInterviewHeld e, Function<UUID, String> names) {
        // declined: dated when it was offered
        LocalDate date = e.heldOn() != null ? e.heldOn()
                : e.offeredAt() != null ? e.offeredAt().atZone(LONDON).toLocalDate() : LocalDate.now(clock);
        return entry(names, "ReturnHomeInterviewHeld:" + e.episodeId(), e.childId(), date, null, Category.MISSING,
                Significance.OTHER,
                e.declined() ? "Return home interview declined" : "Return home interview held",
                (e.declined() ? "Offered by " : "Held by ") + e.offeredBy() + (e.independent() ? " (independent)."
                        : " (not independent)."), "MISSING_EPISODE", e.episodeId(), e.recordedBy());
    }

    private List<AutomaticEntry> entries(MissingStrategyDiscussionRecorded e, Function<UUID, String> names) {
        return entry(names, "MissingStrategyDiscussionRecorded:" + e.discussionId(), e.childId(), e.heldOn(), null,
                Category.DECISIONS, Significance.KEY_EVENT, "Strategy discussion about missing episodes",
                "Attended: " + e.attendees() + ". Decision: " + e.decision()
                        + (e.nextSteps() == null ? "" : " Next steps: " + e.nextSteps()),
                "MISSING_STRATEGY_DISCUSSION", e.discussionId(), e.recordedBy());
    }

    private List<AutomaticEntry> entries(NrmDecisionRecorded e, Function<UUID, String> names) {
        ZonedDateTime at = e.decidedAt().atZone(LONDON);
        return entry(names, "NrmDecisionRecorded:" + e.episodeId(), e.childId(), at.toLocalDate(), at.toLocalTime(),
                Category.SAFEGUARDING_AND_RISK, Significance.KEY_EVENT, e.referred()
                        ? "Referred to the National Referral Mechanism"
                        : "Decided not to refer to the National Referral Mechanism",
                "Decided by " + e.decidedBy() + (e.note() == null ? "." : ". " + e.note()), "MISSING_EPISODE",
                e.episodeId(), e.recordedBy());
    }

    private List<AutomaticEntry> entries(AgeAssessmentRecorded e, Function<UUID, String> names) {
        if (!e.status().completed()) {
            return List.of();
        }
        return entry(names, "AgeAssessmentRecorded:" + e.childId() + ":" + e.status() + ":" + e.statusOn(),
                e.childId(), e.statusOn(), null, Category.LEGAL, Significance.KEY_EVENT, "Age assessment: "
                        + e.status().label().toLowerCase(Locale.UK), e.outcome(), "AGE_ASSESSMENT", e.childId(),
                e.recordedBy());
    }

    private List<AutomaticEntry> entries(NationalTransferRecorded e, Function<UUID, String> names) {
        if (e.outcome() == TransferOutcome.PENDING) {
            return entry(names, "NationalTransferReferred:" + e.transferId(), e.childId(), e.referredOn(), null,
                    Category.CARE_AND_PLACEMENT, Significance.OTHER, "Referred to the National Transfer Scheme",
                    "From " + e.fromAuthority() + ".", "NATIONAL_TRANSFER", e.transferId(), e.recordedBy());
        }
        return entry(names, "NationalTransferRecorded:" + e.transferId() + ":" + e.outcome(), e.childId(),
                e.outcomeOn(), null, Category.CARE_AND_PLACEMENT, Significance.KEY_EVENT,
                e.outcome() == TransferOutcome.TRANSFERRED ? "Transferred under the National Transfer Scheme"
                        : "Not transferred under the National "
                                + "Transfer Scheme", "From " + e.fromAuthority()
                        + (e.toAuthority() == null ? "" : " to " + e.toAuthority()) + "; referred "
                        + e.referredOn() + ".", "NATIONAL_TRANSFER", e.transferId(), e.recordedBy());
    }

    private List<AutomaticEntry> entry(Function<UUID, String> names, String originKey, UUID childId, LocalDate date,
            LocalTime time, Category category, Significance significance, String title, String description,
            String sourceType, UUID sourceId, UUID recordedBy) {
        return List.of(new AutomaticEntry(originKey, childId, date,
                time == null ? null : time.withSecond(0).withNano(0), category, significance, title, description,
                "Hearth: " + title.toLowerCase(Locale.UK), sourceType, sourceId, recordedBy, names.apply(recordedBy),
                Instant.now(clock)));
    }

    /** The entries for one event of the missing module (none for an age assessment not yet completed). */
    List<AutomaticEntry> entriesFor(Events event, Function<UUID, String> names) {
        if (event instanceof MissingEpisodeStarted e) {
            return entries(e, names);
        }
        if (event instanceof MissingEpisodeEnded e) {
            return entries(e, names);
        }
        if (event instanceof ReturnHomeInterviewHeld e) {
            return entries(e, names);
        }
        if (event instanceof MissingStrategyDiscussionRecorded e) {
            return entries(e, names);
        }
        if (event instanceof NrmDecisionRecorded e) {
            return entries(e, names);
        }
        if (event instanceof AgeAssessmentRecorded e) {
            return entries(e, names);
        }
        if (event instanceof NationalTransferRecorded e) {
            return entries(e, names);
        }
        return List.of();
    }

    private void add(Events event) {
        entries.insertAutomatic(entriesFor(event, this::name));
    }

    @ApplicationModuleListener
    void on(MissingEpisodeStarted e) {
        add(e);
    }

    @ApplicationModuleListener
    void on(MissingEpisodeEnded e) {
        add(e);
    }

    @ApplicationModuleListener
    void on(ReturnHomeInterviewHeld e) {
        add(e);
    }

    @ApplicationModuleListener
    void on(MissingStrategyDiscussionRecorded e) {
        add(e);
    }

    @ApplicationModuleListener
    void on(NrmDecisionRecorded e) {
        add(e);
    }

    @ApplicationModuleListener
    void on(AgeAssessmentRecorded e) {
        add(e);
    }

    @ApplicationModuleListener
    void on(NationalTransferRecorded e) {
        add(e);
    }

    /**
     * Demo, stress or imported records: one event for the batch; the entries the records would have made one by one,
     * written a few hundred children at a time.
     */
    @ApplicationModuleListener
    void on(MissingLoaded loaded) {
        Map<UUID, String> known = new HashMap<>();
        Function<UUID, String> names = id -> id == null ? "Hearth" : known.computeIfAbsent(id, this::name);
        List<UUID> ids = loaded.childIds();
        for (int from = 0; from < ids.size(); from += 500) {
            List<AutomaticEntry> made = new ArrayList<>();
            records.eventsOf(ids.subList(from, Math.min(ids.size(), from + 500))).values()
                    .forEach(events -> events.forEach(e -> made.addAll(entriesFor(e, names))));
            entries.insertAutomatic(made, loaded.importId());
        }
    }

    private String name(UUID userId) {
        return userId == null ? "Hearth" : directory.user(userId).map(u -> u.displayName()).orElse("Hearth");
    }
}
