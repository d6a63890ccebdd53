package org.hearth.missing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.calendar.WorkingDate;
import org.hearth.calendar.WorkingDays;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.missing.AgeAssessmentRecorded;
import org.hearth.missing.AgeAssessmentStatus;
import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingEpisodeCorrected;
import org.hearth.missing.MissingEpisodeEnded;
import org.hearth.missing.MissingEpisodeStarted;
import org.hearth.missing.MissingStrategyDiscussionRecorded;
import org.hearth.missing.MissingType;
import org.hearth.missing.NationalTransferRecorded;
import org.hearth.missing.NrmDecisionRecorded;
import org.hearth.missing.ReturnHomeInterviewChanged;
import org.hearth.missing.ReturnHomeInterviewHeld;
import org.hearth.missing.RiskLevel;
import org.hearth.missing.StepOutcome;
import org.hearth.missing.TraffickingStep;
import org.hearth.missing.TraffickingStepCompleted;
import org.hearth.missing.TransferOutcome;
import org.hearth.policy.PolicyCatalogue;
import org.hearth.policy.PolicyDocuments;
import org.hearth.policy.Policies;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's missing episodes, return home interviews, strategy discussions, and for an unaccompanied asylum-seeking
 * child the trafficking protocol steps, age assessment and National Transfer Scheme transfers. Every method applies
 * the child's access rule and writes the access log; every change is one transaction with its event. Edits carry the
 * record's version (optimistic locking).
 */
@Service
public class MissingService {

    static final int TEXT_MAX = 4_000;
    static final int SHORT_MAX = 200;

    private final MissingRepository store;
    private final ChildGate gate;
    private final Policies policies;
    private final PolicyDocuments documents;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissingService(MissingRepository store, ChildGate gate, Policies policies, PolicyDocuments documents,
            WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.policies = policies;
        this.documents = documents;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    // ---- inputs as typed ----

    /** An episode as typed; times already read (problems reading them in {@code readProblems}). */
    public record EpisodeInput(String type, Instant startedAt, Instant endedAt, String whereFound,
            Boolean reportedToPolice, String policeReference, String risk, String riskNote,
            List<FieldProblem> readProblems) {
    }

    public record InterviewInput(Instant offeredAt, String offeredBy, Boolean independent, String response,
            LocalDate heldOn, String pushFactors, String pullFactors, String actions,
            List<FieldProblem> readProblems) {
    }

    public record StepInput(String outcome, Instant completedAt, String by, String note,
            List<FieldProblem> readProblems) {
    }

    public record DiscussionInput(LocalDate heldOn, String attendees, String decision, String nextSteps,
            List<FieldProblem> readProblems) {
    }

    public record AgeAssessmentInput(String status, LocalDate statusOn, String outcomeNote,
            List<FieldProblem> readProblems) {
    }

    public record TransferInput(LocalDate referredOn, Boolean fromHotel, String fromAuthority, String toAuthority,
            String outcome, LocalDate outcomeOn, String note, List<FieldProblem> readProblems) {
    }

    // ---- what the pages and API show ----

    /** The strategy discussion prompt: when the trigger fired and by when the discussion is due. */
    public record Prompt(Instant firedAt, int episodes, Period within, WorkingDate dueBy) {
    }

    /** A transfer with its due date under the NTS protocol. */
    public record Transfer(StoredTransfer transfer, WorkingDate dueBy, boolean overdue) {
    }

    /** An episode with its interview's due time. */
    public record Episode(StoredEpisode episode, Instant interviewDueAt, boolean interviewOverdue,
            long overdueSteps) {
    }

    /** Everything on the child's missing page. */
    public record ChildMissing(ChildView child, boolean uascNow, List<Episode> episodes, int last30Days,
            int last90Days, Optional<Prompt> prompt, List<StoredDiscussion> discussions,
            Optional<StoredAgeAssessment> ageAssessment, List<Transfer> transfers, int interviewHours,
            PolicyDocuments.PolicyDocument protocol, Instant now) {

        public Optional<StoredEpisode> open() {
            return episodes.stream().map(Episode::episode).filter(StoredEpisode::open).findFirst();
        }
    }

    @Transactional
    public ChildMissing overview(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<StoredEpisode> episodes = store.of(childId);
        List<Instant> starts = episodes.stream().map(StoredEpisode::startedAt).toList();
        List<StoredDiscussion> discussions = store.discussions(childId);
        boolean uascNow = uascOn(child, today);
        PolicyDocuments.PolicyDocument protocol = child.uasc()
                ? documents.document(PolicyCatalogue.DOCUMENT_UASC_MISSING_PROTOCOL, today) : null;
        return new ChildMissing(child, uascNow, episodes.stream().map(e -> episode(e, now)).toList(),
                MissingRules.startedWithin(starts, now, 30), MissingRules.startedWithin(starts, now, 90),
                prompt(starts, discussions.isEmpty() ? null : discussions.get(0).heldOn(), today), discussions,
                store.ageAssessment(childId), store.transfers(childId).stream().map(t -> transfer(t, today)).toList(),
                interviewHours(today), protocol, now);
    }

    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public List<Episode> episodes(CurrentUser user, UUID childId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        Instant now = clock.instant();
        return store.of(childId).stream().map(e -> episode(e, now)).toList();
    }

    @Transactional
    public Episode one(CurrentUser user, UUID childId, UUID episodeId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return episode(store.find(childId, episodeId).orElseThrow(() -> notFound(episodeId)), clock.instant());
    }

    Episode episode(StoredEpisode e, Instant now) {
        Instant due = e.endedAt() == null ? null : MissingRules.returnInterviewDue(e.endedAt(),
                interviewHours(e.endedAt().atZone(MissingRules.LONDON).toLocalDate()));
        boolean overdue = due != null && !e.interviewSettled() && due.isBefore(now);
        return new Episode(e, due, overdue, e.steps().stream().filter(s -> s.overdueAt(now)).count());
    }

    public int interviewHours(LocalDate on) {
        return policies.number("missing.return-interview-within", on);
    }

    Optional<Prompt> prompt(List<Instant> starts, LocalDate lastDiscussion, LocalDate today) {
        int episodes = policies.number("missing.strategy-discussion.episodes", today);
        Period within = policies.period("missing.strategy-discussion.within", today);
        return MissingRules.strategyTrigger(starts, lastDiscussion, episodes, within).map(fired -> new Prompt(fired,
                episodes, within, workingDays.after(fired.atZone(MissingRules.LONDON).toLocalDate(),
                        policies.number("missing.strategy-discussion.due-within", today))));
    }

    Transfer transfer(StoredTransfer t, LocalDate today) {
        WorkingDate due = workingDays.after(t.referredOn(), policies.number(t.fromHotel()
                ? "uasc.nts.transfer-from-hotel-within" : "uasc.nts.transfer-within", t.referredOn()));
        return new Transfer(t, due, t.outcome() == TransferOutcome.PENDING && due.date().isBefore(today));
    }

    /** Whether the child is an unaccompanied asylum-seeking child on a date (the children module's facts). */
    static boolean uascOn(ChildView child, LocalDate on) {
        return child.uasc() && (child.uascCeasedOn() == null || child.uascCeasedOn().isAfter(on));
    }

    // ---- episodes ----

    @Transactional
    public StoredEpisode record(CurrentUser user, UUID childId, EpisodeInput input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: missing episode");
        store.lockChild(childId);
        MissingRepository.EpisodeFields fields = checked(child, null, input);
        UUID id = UUID.randomUUID();
        LocalDate startDay = fields.startedAt().atZone(MissingRules.LONDON).toLocalDate();
        boolean uasc = uascOn(child, startDay);
        store.insertEpisode(id, childId, fields, uasc, user.id());
        if (uasc) {
            // the local trafficking protocol (issue 7): each step due its hours after the child went missing, as the
            // policy stood on that day
            for (TraffickingStep step : TraffickingStep.values()) {
                store.insertStep(id, childId, step, MissingRules.stepDue(fields.startedAt(),
                        policies.number(step.policyKey(), startDay)));
            }
        }
        events.publishEvent(new MissingEpisodeStarted(childId, id, fields.type(), fields.startedAt(), fields.risk(),
                uasc, user.id()));
        if (fields.endedAt() != null) {
            events.publishEvent(new MissingEpisodeEnded(childId, id, fields.type(), fields.startedAt(),
                    fields.endedAt(), fields.whereFound(), user.id()));
        }
        return store.find(childId, id).orElseThrow();
    }

    /** Ends an open episode, or corrects one; an episode once ended cannot be reopened. */
    @Transactional
    public StoredEpisode edit(CurrentUser user, UUID childId, UUID episodeId, EpisodeInput input,
            int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "changed: missing episode");
        store.lockChild(childId);
        StoredEpisode current = store.findForUpdate(childId, episodeId).orElseThrow(() -> notFound(episodeId));
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        MissingRepository.EpisodeFields fields = checked(child, current, input);
        if (!store.updateEpisode(episodeId, expectedVersion, fields, user.id())) {
            throw stale(current.version());
        }
        if (!current.startedAt().equals(fields.startedAt()) && !current.steps().isEmpty()) {
            LocalDate startDay = fields.startedAt().atZone(MissingRules.LONDON).toLocalDate();
            for (StoredEpisode.Step s : current.steps()) {
                store.moveStepDue(episodeId, s.step(), MissingRules.stepDue(fields.startedAt(),
                        policies.number(s.step().policyKey(), startDay)));
            }
        }
        if (current.open() && fields.endedAt() != null) {
            events.publishEvent(new MissingEpisodeEnded(childId, episodeId, fields.type(), fields.startedAt(),
                    fields.endedAt(), fields.whereFound(), user.id()));
        } else {
            events.publishEvent(new MissingEpisodeCorrected(childId, episodeId, user.id()));
        }
        return store.find(childId, episodeId).orElseThrow();
    }

    private MissingRepository.EpisodeFields checked(ChildView child, StoredEpisode current, EpisodeInput input) {
        FieldProblems problems = new FieldProblems(input.readProblems());
        Instant now = clock.instant();
        MissingType type = problems.requiredChoice(MissingType.class, input.type(), "type",
                "Choose whether the child was missing or away from placement without authorisation");
        Instant start = input.startedAt();
        if (!problems.has("startedAt")) {
            if (start == null) {
                problems.add("startedAt", "Enter when the child went missing"); // 903 rule 564
            } else if (start.isAfter(now)) {
                problems.add("startedAt", "The time the child went missing must be now or in the past");
            } else if (start.atZone(MissingRules.LONDON).toLocalDate().isBefore(child.dateOfBirth())) {
                problems.add("startedAt", "The time the child went missing must be after their date of birth"); // 586
            }
        }
        Instant end = input.endedAt();
        if (current != null && !current.open() && end == null && !problems.has("endedAt")) {
            problems.add("endedAt", "Enter when the child returned: an episode that has ended cannot be reopened");
        }
        if (end != null && !problems.has("endedAt")) {
            if (end.isAfter(now)) {
                problems.add("endedAt", "The time the child returned must be now or in the past");
            } else if (start != null && end.isBefore(start)) {
                problems.add("endedAt", "The time the child returned must be after the time they went missing"); // 567
            }
        }
        String whereFound = problems.optionalText(input.whereFound(), "whereFound", TEXT_MAX);
        if (end != null && whereFound == null) {
            problems.add("whereFound", "Enter where the child was found or returned from");
        }
        if (input.reportedToPolice() == null) {
            problems.add("reportedToPolice", "Choose whether the police were told");
        }
        String reference = problems.optionalText(input.policeReference(), "policeReference", SHORT_MAX);
        if (Boolean.FALSE.equals(input.reportedToPolice()) && reference != null) {
            problems.add("policeReference", "Leave the police reference empty when the police were not told");
        }
        RiskLevel risk = problems.requiredChoice(RiskLevel.class, input.risk(), "risk",
                "Choose the risk to the child at the time");
        String riskNote = problems.optionalText(input.riskNote(), "riskNote", TEXT_MAX);
        if (start != null && !problems.has("startedAt") && !problems.has("endedAt")) {
            // 903 rule 574: no new period while another is open, and no overlapping periods
            for (StoredEpisode other : store.overlapping(child.id(), current == null ? null : current.id(), start,
                    end)) {
                problems.add("startedAt", other.open()
                        ? "This child has a missing episode open since " + Times.dateTime(other.startedAt())
                                + ": record their return before recording a new episode"
                        : "This overlaps the missing episode from " + Times.dateTime(other.startedAt()) + " to "
                                + Times.dateTime(other.endedAt()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return new MissingRepository.EpisodeFields(type, start, end, whereFound, input.reportedToPolice(), reference,
                risk, riskNote);
    }

    // ---- return home interview ----

    /** Records the interview ({@code expectedVersion} -1 when there is none yet) or changes it. */
    @Transactional
    public StoredEpisode saveInterview(CurrentUser user, UUID childId, UUID episodeId, InterviewInput input,
            int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "recorded: return home interview");
        StoredEpisode episode = store.findForUpdate(childId, episodeId).orElseThrow(() -> notFound(episodeId));
        StoredEpisode.Interview current = episode.interview();
        int currentVersion = current == null ? -1 : current.version();
        if (currentVersion != expectedVersion) {
            throw new StaleEditException("Someone else recorded this return home interview since you opened it",
                    currentVersion);
        }
        FieldProblems problems = new FieldProblems(input.readProblems());
        if (episode.open()) {
            problems.add("offeredAt", "Record when the child returned before recording the return home interview");
        }
        Instant now = clock.instant();
        Instant offered = input.offeredAt();
        if (!problems.has("offeredAt")) {
            if (offered == null) {
                problems.add("offeredAt", "Enter when the interview was offered");
            } else if (offered.isAfter(now)) {
                problems.add("offeredAt", "The time the interview was offered must be now or in the past");
            } else if (offered.isBefore(episode.endedAt())) {
                problems.add("offeredAt", "The interview must be offered after the child returned");
            }
        }
        String by = problems.requiredText(input.offeredBy(), "offeredBy", "Enter who offered the interview",
                SHORT_MAX);
        if (input.independent() == null) {
            problems.add("independent", "Choose whether the person offering it is independent");
        }
        InterviewResponse response = problems.requiredChoice(InterviewResponse.class, input.response(), "response",
                "Choose whether the child accepted or declined the interview");
        LocalDate held = input.heldOn();
        if (held != null && !problems.has("heldOn")) {
            if (response != InterviewResponse.ACCEPTED) {
                problems.add("heldOn", "An interview is held only when the child accepted it");
            } else if (held.isAfter(LocalDate.now(clock))) {
                problems.add("heldOn", "The date the interview was held must be today or in the past");
            } else if (episode.endedAt() != null
                    && held.isBefore(episode.endedAt().atZone(MissingRules.LONDON).toLocalDate())) {
                problems.add("heldOn", "The date the interview was held must be on or after the child returned");
            }
        }
        String push = problems.optionalText(input.pushFactors(), "pushFactors", TEXT_MAX);
        String pull = problems.optionalText(input.pullFactors(), "pullFactors", TEXT_MAX);
        String actions = problems.optionalText(input.actions(), "actions", TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        StoredEpisode.Interview interview = new StoredEpisode.Interview(offered, by, input.independent(), response,
                held, push, pull, actions, 0, user.id(), now);
        if (current == null) {
            store.insertInterview(episodeId, childId, interview, user.id());
        } else if (!store.updateInterview(episodeId, expectedVersion, interview, user.id())) {
            throw new StaleEditException("Someone else recorded this return home interview since you opened it",
                    currentVersion);
        }
        boolean settledBefore = episode.interviewSettled();
        boolean settledNow = held != null || response == InterviewResponse.DECLINED;
        if (settledNow && !settledBefore) {
            events.publishEvent(new ReturnHomeInterviewHeld(childId, episodeId, held,
                    response == InterviewResponse.DECLINED, by, input.independent(), user.id(), offered));
        } else {
            events.publishEvent(new ReturnHomeInterviewChanged(childId, episodeId, user.id()));
        }
        return store.find(childId, episodeId).orElseThrow();
    }

    // ---- trafficking protocol ----

    @Transactional
    public StoredEpisode completeStep(CurrentUser user, UUID childId, UUID episodeId, TraffickingStep step,
            StepInput input) {
        gate.require(user, childId, AccessAction.CHANGE, "recorded: trafficking protocol step");
        StoredEpisode episode = store.find(childId, episodeId).orElseThrow(() -> notFound(episodeId));
        StoredEpisode.Step current = episode.step(step).orElseThrow(() -> new RecordNotFoundException(
                "The trafficking protocol does not apply to this episode"));
        FieldProblems problems = new FieldProblems(input.readProblems());
        if (!current.open()) {
            problems.add("outcome", "This step was already recorded: " + current.outcome().label().toLowerCase(
                    java.util.Locale.UK) + " at " + Times.dateTime(current.completedAt()));
        }
        StepOutcome outcome = problems.requiredChoice(StepOutcome.class, input.outcome(), "outcome",
                step == TraffickingStep.NRM_DECISION
                        ? "Choose whether the child was referred to the National Referral Mechanism"
                        : "Choose whether the step was done or does not apply");
        if (outcome != null && !problems.has("outcome")) {
            boolean nrm = step == TraffickingStep.NRM_DECISION;
            boolean decision = outcome == StepOutcome.REFERRED || outcome == StepOutcome.NOT_REFERRED;
            if (nrm != decision && outcome != StepOutcome.NOT_APPLICABLE) {
                problems.add("outcome", nrm ? "Choose referred, not referred or not applicable"
                        : "Choose done or not applicable");
            }
        }
        Instant at = input.completedAt();
        if (!problems.has("completedAt")) {
            if (at == null) {
                problems.add("completedAt", "Enter when it was done or decided");
            } else if (at.isAfter(clock.instant())) {
                problems.add("completedAt", "The time it was done must be now or in the past");
            } else if (at.isBefore(episode.startedAt())) {
                problems.add("completedAt", "The time it was done must be after the child went missing");
            }
        }
        String by = problems.requiredText(input.by(), "by", "Enter who did it", SHORT_MAX);
        String note = problems.optionalText(input.note(), "note", TEXT_MAX);
        if (note == null && (outcome == StepOutcome.NOT_APPLICABLE || outcome == StepOutcome.NOT_REFERRED)) {
            problems.add("note", outcome == StepOutcome.NOT_REFERRED ? "Enter why the child was not referred"
                    : "Enter why the step does not apply");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!store.completeStep(episodeId, step, outcome, at, by, note, user.id())) {
            throw InvalidInputException.of("outcome", "Someone else recorded this step while you were on the page");
        }
        if (outcome == StepOutcome.REFERRED || outcome == StepOutcome.NOT_REFERRED) {
            events.publishEvent(new NrmDecisionRecorded(childId, episodeId, outcome == StepOutcome.REFERRED, note, at,
                    by, user.id()));
        } else {
            events.publishEvent(new TraffickingStepCompleted(childId, episodeId, step, outcome, at, user.id()));
        }
        return store.find(childId, episodeId).orElseThrow();
    }

    // ---- strategy discussions ----

    @Transactional
    public StoredDiscussion recordDiscussion(CurrentUser user, UUID childId, DiscussionInput input) {
        gate.require(user, childId, AccessAction.CHANGE, "recorded: missing strategy discussion");
        FieldProblems problems = new FieldProblems(input.readProblems());
        LocalDate held = input.heldOn();
        if (!problems.has("heldOn")) {
            if (held == null) {
                problems.add("heldOn", "Enter the date of the strategy discussion");
            } else if (held.isAfter(LocalDate.now(clock))) {
                problems.add("heldOn", "The date of the strategy discussion must be today or in the past");
            }
        }
        String attendees = problems.requiredText(input.attendees(), "attendees", "Enter who attended", TEXT_MAX);
        String decision = problems.requiredText(input.decision(), "decision", "Enter what was decided", TEXT_MAX);
        String next = problems.optionalText(input.nextSteps(), "nextSteps", TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        StoredDiscussion d = new StoredDiscussion(UUID.randomUUID(), childId, held, attendees, decision, next,
                user.id(), clock.instant());
        store.insertDiscussion(d);
        events.publishEvent(new MissingStrategyDiscussionRecorded(childId, d.id(), held, attendees, decision, next,
                user.id()));
        return d;
    }

    @Transactional
    public List<StoredDiscussion> discussions(CurrentUser user, UUID childId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return store.discussions(childId);
    }

    // ---- age assessment and National Transfer Scheme ----

    @Transactional
    public Optional<StoredAgeAssessment> ageAssessment(CurrentUser user, UUID childId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return store.ageAssessment(childId);
    }

    @Transactional
    public StoredAgeAssessment saveAgeAssessment(CurrentUser user, UUID childId, AgeAssessmentInput input,
            int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: age assessment");
        int current = store.ageAssessment(childId).map(StoredAgeAssessment::version).orElse(-1);
        if (current != expectedVersion) {
            throw new StaleEditException("Someone else recorded the age assessment since you opened it", current);
        }
        FieldProblems problems = new FieldProblems(input.readProblems());
        requireUasc(child, problems);
        AgeAssessmentStatus status = problems.requiredChoice(AgeAssessmentStatus.class, input.status(), "status",
                "Choose where the age assessment stands");
        LocalDate on = input.statusOn();
        if (!problems.has("statusOn")) {
            if (on == null) {
                problems.add("statusOn", "Enter the date");
            } else if (on.isAfter(LocalDate.now(clock)) && status != AgeAssessmentStatus.PLANNED) {
                problems.add("statusOn", "The date must be today or in the past (only a planned assessment is in "
                        + "the future)");
            }
        }
        String note = problems.optionalText(input.outcomeNote(), "outcomeNote", TEXT_MAX);
        if (status != null && status.completed() && note == null) {
            problems.add("outcomeNote", "Enter the outcome of the age assessment");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!store.saveAgeAssessment(childId, expectedVersion, status, on, note, user.id())) {
            throw new StaleEditException("Someone else recorded the age assessment since you opened it",
                    store.ageAssessment(childId).map(StoredAgeAssessment::version).orElse(-1));
        }
        events.publishEvent(new AgeAssessmentRecorded(childId, status, on, note, user.id()));
        return store.ageAssessment(childId).orElseThrow();
    }

    @Transactional
    public List<Transfer> transfers(CurrentUser user, UUID childId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        LocalDate today = LocalDate.now(clock);
        return store.transfers(childId).stream().map(t -> transfer(t, today)).toList();
    }

    @Transactional
    public Transfer oneTransfer(CurrentUser user, UUID childId, UUID transferId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return transfer(store.transfer(childId, transferId).orElseThrow(() -> transferNotFound(transferId)),
                LocalDate.now(clock));
    }

    /** Records a referral ({@code transferId} null) or changes one at {@code expectedVersion}. */
    @Transactional
    public Transfer saveTransfer(CurrentUser user, UUID childId, UUID transferId, TransferInput input,
            int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: national transfer");
        StoredTransfer current = transferId == null ? null
                : store.transfer(childId, transferId).orElseThrow(() -> transferNotFound(transferId));
        if (current != null && current.version() != expectedVersion) {
            throw new StaleEditException("Someone else changed this transfer since you opened it", current.version());
        }
        FieldProblems problems = new FieldProblems(input.readProblems());
        requireUasc(child, problems);
        LocalDate today = LocalDate.now(clock);
        LocalDate referred = input.referredOn();
        if (!problems.has("referredOn")) {
            if (referred == null) {
                problems.add("referredOn", "Enter the date the child was referred to the National Transfer Scheme");
            } else if (referred.isAfter(today)) {
                problems.add("referredOn", "The date of referral must be today or in the past");
            }
        }
        if (input.fromHotel() == null) {
            problems.add("fromHotel", "Choose whether the child is in a Home Office hotel");
        }
        String from = problems.requiredText(input.fromAuthority(), "fromAuthority",
                "Enter the authority the child is transferred from", SHORT_MAX);
        String to = problems.optionalText(input.toAuthority(), "toAuthority", SHORT_MAX);
        TransferOutcome outcome = problems.requiredChoice(TransferOutcome.class, input.outcome(), "outcome",
                "Choose where the transfer stands");
        LocalDate outcomeOn = input.outcomeOn();
        if (outcome != null && outcome != TransferOutcome.PENDING && !problems.has("outcomeOn")) {
            if (outcomeOn == null) {
                problems.add("outcomeOn", outcome == TransferOutcome.TRANSFERRED ? "Enter the date of the transfer"
                        : "Enter the date the transfer stopped");
            } else if (outcomeOn.isAfter(today)) {
                problems.add("outcomeOn", "The date must be today or in the past");
            } else if (referred != null && outcomeOn.isBefore(referred)) {
                problems.add("outcomeOn", "The date must be on or after the referral");
            }
        }
        if (outcome == TransferOutcome.PENDING && outcomeOn != null && !problems.has("outcomeOn")) {
            problems.add("outcomeOn", "Leave the date empty while the child is waiting for transfer");
        }
        if (outcome == TransferOutcome.TRANSFERRED && to == null) {
            problems.add("toAuthority", "Enter the authority the child was transferred to");
        }
        String note = problems.optionalText(input.note(), "note", TEXT_MAX);
        if (outcome == TransferOutcome.NOT_TRANSFERRED && note == null) {
            problems.add("note", "Enter why the child was not transferred");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        StoredTransfer t = new StoredTransfer(transferId == null ? UUID.randomUUID() : transferId, childId, referred,
                input.fromHotel(), from, to, outcome, outcome == TransferOutcome.PENDING ? null : outcomeOn, note,
                0, user.id(), clock.instant());
        if (current == null) {
            store.insertTransfer(t);
        } else if (!store.updateTransfer(t, expectedVersion)) {
            throw new StaleEditException("Someone else changed this transfer since you opened it", current.version());
        }
        events.publishEvent(new NationalTransferRecorded(childId, t.id(), outcome, referred, t.outcomeOn(), from, to,
                user.id()));
        return transfer(store.transfer(childId, t.id()).orElseThrow(), today);
    }

    private static void requireUasc(ChildView child, FieldProblems problems) {
        if (!child.uasc()) {
            problems.add("child", "This is recorded only for unaccompanied asylum-seeking children");
        }
    }

    private static StaleEditException stale(int version) {
        return new StaleEditException("Someone else changed this missing episode since you opened it", version);
    }

    private static RecordNotFoundException notFound(UUID id) {
        return new RecordNotFoundException("No missing episode with id " + id + " for this child");
    }

    private static RecordNotFoundException transferNotFound(UUID id) {
        return new RecordNotFoundException("No national transfer with id " + id + " for this child");
    }
}
