package org.hearth.supervision.internal;

import org.hearth.shared.FieldProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.UserSummary;
import org.hearth.children.ChildView;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.hearth.supervision.DecisionRecorded;
import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.DecisionStatusChanged;
import org.hearth.supervision.DecisionView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's decision log: reading, recording, and marking a decision done or superseded. Every method applies the
 * child's access rule and writes the access log; each change is one transaction with its event. Nothing is deleted.
 */
@Service
public class DecisionService {

    static final int TEXT_MAX = 4_000;
    static final int NAME_MAX = 200;

    private final DecisionRepository decisions;
    private final ChildGate gate;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(DecisionRepository decisions, ChildGate gate, Directory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.gate = gate;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** A decision as typed; what could not be read (a date that is not a date) is in {@code readProblems}. */
    public record Input(String what, String why, String decidedBy, LocalDate decidedOn, UUID ownerId,
            LocalDate dueBy, List<FieldProblem> readProblems) {
    }

    /** A child with their decisions: open first, soonest due first. */
    public record ChildDecisions(ChildView child, List<StoredDecision> decisions) {
    }

    @Transactional
    public ChildDecisions list(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildDecisions(child, decisions.of(childId));
    }

    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public StoredDecision one(CurrentUser user, UUID childId, UUID decisionId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return decisions.find(childId, decisionId).orElseThrow(() -> notFound(decisionId));
    }

    @Transactional
    public StoredDecision record(CurrentUser user, UUID childId, Input input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: decision");
        FieldProblems problems = new FieldProblems(input.readProblems());
        String what = problems.requiredText(input.what(), "what", "Enter what was decided", TEXT_MAX);
        String why = problems.optionalText(input.why(), "why", TEXT_MAX);
        String decidedBy = problems.requiredText(input.decidedBy(), "decidedBy", "Enter who made the decision",
                NAME_MAX);
        LocalDate today = LocalDate.now(clock);
        if (!problems.has("decidedOn")) {
            if (input.decidedOn() == null) {
                problems.add("decidedOn", "Enter the date of the decision");
            } else if (input.decidedOn().isAfter(today)) {
                problems.add("decidedOn", "The date of the decision must be today or in the past");
            } else if (input.decidedOn().isBefore(child.dateOfBirth())) {
                problems.add("decidedOn", "The date of the decision must be on or after the child's date of birth");
            }
        }
        checkOwner(input.ownerId(), "ownerId", problems);
        if (input.dueBy() != null && input.decidedOn() != null && input.dueBy().isBefore(input.decidedOn())) {
            problems.add("dueBy", "The date it is due by must be on or after the date of the decision");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        DecisionView decision = new DecisionView(UUID.randomUUID(), childId, what, why, decidedBy,
                input.decidedOn(), input.ownerId(), input.dueBy(), DecisionStatus.OPEN, null);
        return insert(decision, user.id());
    }

    /** Inserts a checked decision and publishes its event (also for actions from a supervision session). */
    StoredDecision insert(DecisionView decision, UUID by) {
        decisions.insert(decision, by);
        events.publishEvent(new DecisionRecorded(decision.childId(), decision.id(), decision.what(), decision.why(),
                decision.decidedBy(), decision.decidedOn(), decision.ownerId(), decision.dueBy(),
                decision.sessionId(), by));
        return decisions.find(decision.childId(), decision.id()).orElseThrow();
    }

    /**
     * Marks an open decision done or superseded, with a note (required when superseded: what replaced it).
     *
     * @param expectedVersion the version the user saw
     */
    @Transactional
    public StoredDecision changeStatus(CurrentUser user, UUID childId, UUID decisionId, String status, String note,
            int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "changed: decision status");
        StoredDecision current = decisions.findForUpdate(childId, decisionId).orElseThrow(() -> notFound(decisionId));
        if (current.version() != expectedVersion) {
            throw new StaleEditException("Someone else changed this decision since you opened it", current.version());
        }
        FieldProblems problems = new FieldProblems(List.of());
        DecisionStatus next = null;
        if (status == null || status.isBlank()) {
            problems.add("status", "Select whether the decision is done or superseded");
        } else {
            try {
                next = DecisionStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                problems.add("status", "Select whether the decision is done or superseded");
            }
            if (next == DecisionStatus.OPEN) {
                problems.add("status", "Select whether the decision is done or superseded");
            }
        }
        String text = problems.optionalText(note, "note", TEXT_MAX);
        if (next == DecisionStatus.SUPERSEDED && text == null) {
            problems.add("note", "Enter what superseded the decision");
        }
        if (!current.open()) {
            problems.add("status", "This decision is already " + current.view().status().label().toLowerCase()
                    + " and can no longer change");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!decisions.close(decisionId, expectedVersion, next, text, user.id())) {
            throw new StaleEditException("Someone else changed this decision since you opened it", current.version());
        }
        events.publishEvent(new DecisionStatusChanged(childId, decisionId, current.view().what(), next, text,
                user.id()));
        return decisions.find(childId, decisionId).orElseThrow();
    }

    /** The owner, if named, must be an active Hearth user. */
    void checkOwner(UUID ownerId, String field, FieldProblems problems) {
        if (ownerId != null && directory.user(ownerId).filter(UserSummary::enabled).isEmpty()) {
            problems.add(field, "Select who owns the action from the list");
        }
    }

    private static RecordNotFoundException notFound(UUID decisionId) {
        return new RecordNotFoundException("No decision with id " + decisionId + " for this child");
    }

    static List<FieldProblem> prefixed(String prefix, List<FieldProblem> problems) {
        List<FieldProblem> result = new ArrayList<>();
        problems.forEach(p -> result.add(new FieldProblem(prefix + p.field(), p.message())));
        return result;
    }
}
