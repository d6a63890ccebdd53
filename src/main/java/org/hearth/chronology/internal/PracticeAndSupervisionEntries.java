package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.StatutoryActivityCorrected;
import org.hearth.practice.StatutoryActivityRecorded;
import org.hearth.supervision.CaseSupervisionRecorded;
import org.hearth.supervision.ChildDiscussedInSupervision;
import org.hearth.supervision.DecisionRecorded;
import org.hearth.supervision.MeetingRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Entries fed by the practice and supervision modules' events (issue 5: "everything recorded here publishes events
 * that become chronology entries"): statutory activity, case supervision with its decisions, decisions, meetings, and
 * a child's part in a worker's one-to-one supervision. A corrected activity corrects its entry, with history. Like
 * the key events, each is durable and added once however often its event is delivered (the origin key).
 * <p>Bulk loads (demo data) publish one event per batch and make no entries: a year of generated visits is not a
 * history anyone recorded.
 */
@Component
class PracticeAndSupervisionEntries {

    private static final String ACTIVITY = "STATUTORY_ACTIVITY";

    private final EntryRepository entries;
    private final Directory directory;
    private final Clock clock;

    PracticeAndSupervisionEntries(EntryRepository entries, Directory directory, Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(StatutoryActivityRecorded e) {
        add("StatutoryActivityRecorded:" + e.activityId(), e.childId(), e.date(), category(e.kind()),
                significance(e.kind()), e.kind().label(), e.summary(), ACTIVITY, e.activityId(), e.recordedBy());
    }

    /** The entry follows its source: a new date or summary, or marked as entered in error, each with history. */
    @ApplicationModuleListener
    void on(StatutoryActivityCorrected e) {
        String by = name(e.correctedBy());
        for (Entry entry : entries.fromSource(e.childId(), e.activityId(), ACTIVITY)) {
            Entry corrected = new Entry(entry.id(), entry.childId(), e.date(), entry.datePrecision(),
                    entry.eventTime(), entry.category(), entry.significance(), entry.title(),
                    e.summary() == null ? entry.description() : e.summary(), entry.source(), entry.actionTaken(),
                    entry.impact(), entry.automatic(), entry.sourceRecordType(), entry.sourceRecordId(),
                    entry.sourceRecordLink(), entry.suitableToShare(), entry.thirdPartyInformation(),
                    e.enteredInError(), entry.version(), entry.recordedBy(), entry.recordedAt(), entry.changedBy(),
                    entry.changedAt(), entry.changeKind(), entry.changeReason(), null);
            entries.change(corrected, e.correctedBy(), by, "SOURCE_CORRECTED", e.enteredInError()
                    ? "The " + e.kind().label().toLowerCase(java.util.Locale.UK) + " was marked as recorded in error: "
                            + e.enteredInErrorReason()
                    : "The " + e.kind().label().toLowerCase(java.util.Locale.UK) + " was corrected");
        }
    }

    @ApplicationModuleListener
    void on(CaseSupervisionRecorded e) {
        String decisions = e.decisions().isEmpty() ? "No decisions recorded."
                : "Decisions: " + String.join("; ", e.decisions()) + ".";
        add("CaseSupervisionRecorded:" + e.sessionId(), e.childId(), e.date(), Category.DECISIONS,
                Significance.KEY_EVENT, "Case supervision", "Supervised by " + name(e.supervisorId()) + ". "
                        + decisions, "SUPERVISION_SESSION", e.sessionId(), e.recordedBy());
    }

    /** A decision made in a case supervision is already in that entry; others are entries of their own. */
    @ApplicationModuleListener
    void on(DecisionRecorded e) {
        if (e.sessionId() != null) {
            return;
        }
        add("DecisionRecorded:" + e.decisionId(), e.childId(), e.decidedOn(), Category.DECISIONS,
                Significance.KEY_EVENT, "Decision: " + e.what(), "Decided by " + e.decidedBy()
                        + (e.why() == null ? "" : ". Why: " + e.why())
                        + (e.dueBy() == null ? "" : ". To be done by " + e.dueBy().format(DATE)
                                + (e.ownerId() == null ? "" : " by " + name(e.ownerId())))
                        + ".", "DECISION", e.decisionId(), e.recordedBy());
    }

    @ApplicationModuleListener
    void on(MeetingRecorded e) {
        add("MeetingRecorded:" + e.meetingId(), e.childId(), e.date(), Category.MEETINGS_AND_REVIEWS,
                Significance.OTHER, e.kindLabel(), e.summary(), "MEETING", e.meetingId(), e.recordedBy());
    }

    /** Only what was decided for the child: the rest of a worker's supervision is about the worker. */
    @ApplicationModuleListener
    void on(ChildDiscussedInSupervision e) {
        add("ChildDiscussedInSupervision:" + e.sessionId() + ":" + e.childId(), e.childId(), e.date(),
                Category.DECISIONS, e.decisions().isEmpty() ? Significance.OTHER : Significance.KEY_EVENT,
                "Discussed in supervision", "Discussed in " + name(e.superviseeId()) + "'s supervision with "
                        + name(e.supervisorId()) + "." + (e.decisions().isEmpty() ? ""
                                : " Decisions: " + String.join("; ", e.decisions()) + "."),
                "SUPERVISION_SESSION", e.sessionId(), e.recordedBy());
    }

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

    private void add(String originKey, UUID childId, LocalDate date, Category category, Significance significance,
            String title, String description, String sourceType, UUID sourceId, UUID recordedBy) {
        entries.insertAutomatic(List.of(new AutomaticEntry(originKey, childId, date, null, category, significance,
                title, description, "Hearth: " + title.toLowerCase(java.util.Locale.UK), sourceType, sourceId,
                recordedBy, name(recordedBy), Instant.now(clock))));
    }

    private String name(UUID userId) {
        return directory.user(userId).map(u -> u.displayName()).orElse("Hearth");
    }

    /** Where each kind of activity sits in the chronology's categories. */
    static Category category(ActivityKind kind) {
        return switch (kind) {
            case VISIT -> Category.MEETINGS_AND_REVIEWS;
            case REVIEW -> Category.MEETINGS_AND_REVIEWS;
            case HEALTH_ASSESSMENT, DENTAL_CHECK, IMMUNISATIONS, DEVELOPMENT_CHECK, SDQ, SUBSTANCE_MISUSE ->
                    Category.HEALTH;
            case PERSONAL_EDUCATION_PLAN -> Category.EDUCATION;
            case CARE_PLAN, NEEDS_ASSESSMENT, PATHWAY_PLAN_REVIEW -> Category.CARE_AND_PLACEMENT;
            case PERSONAL_ADVISER_CONTACT -> Category.MEETINGS_AND_REVIEWS;
            case YOUTH_JUSTICE_OUTCOME -> Category.LEGAL;
        };
    }

    /** Reviews and plans shape the child's care: key events. Routine checks and contacts are not. */
    static Significance significance(ActivityKind kind) {
        return switch (kind) {
            case REVIEW, CARE_PLAN, NEEDS_ASSESSMENT, PATHWAY_PLAN_REVIEW, YOUTH_JUSTICE_OUTCOME ->
                    Significance.KEY_EVENT;
            default -> Significance.OTHER;
        };
    }
}
