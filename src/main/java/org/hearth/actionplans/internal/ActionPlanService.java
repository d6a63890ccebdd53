package org.hearth.actionplans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.access.Role;
import org.hearth.actionplans.ActionOwnerRole;
import org.hearth.actionplans.ActionPlanActionDone;
import org.hearth.actionplans.ActionPlanChanged;
import org.hearth.actionplans.ActionPlanClosed;
import org.hearth.actionplans.ActionPlanCreated;
import org.hearth.actionplans.ActionPlanProgressRecorded;
import org.hearth.actionplans.ActionStatus;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young person's action plans: making one with its first actions, adding actions and changing their status, dated
 * progress notes, a manager's sign-off and monitoring notes, and closing with a summary. Every method applies the
 * child's access rule and writes the access log; every change is one transaction with its event. Changes to the plan
 * or its actions carry the plan's version (optimistic locking); notes are only ever added.
 */
@Service
public class ActionPlanService {

    static final int TEXT_MAX = 4_000;
    static final int NAME_MAX = 200;
    /** Action plans are for young people from 16 to 25, as the rest of issue 6. */
    static final int FROM_AGE = 16;
    static final int UNTIL_AGE = 25;
    /** An action due more than this far after the plan starts is not a plan but a hope. */
    static final int LONGEST_YEARS = 2;

    private final ActionPlanRepository plans;
    private final ChildGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlanService(ActionPlanRepository plans, ChildGate gate, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.gate = gate;
        this.events = events;
        this.clock = clock;
    }

    public record ChildPlans(ChildView child, List<StoredActionPlan> plans) {
    }

    /** An action as typed. */
    public record ActionInput(String description, String ownerRole, String ownerName, LocalDate dueOn) {

        boolean blank() {
            return empty(description) && empty(ownerRole) && empty(ownerName) && dueOn == null;
        }

        private static boolean empty(String s) {
            return s == null || s.isBlank();
        }
    }

    /** A new plan as typed: what the support is for, when it starts, its first actions (empty rows ignored). */
    public record CreateInput(String purpose, LocalDate startedOn, List<ActionInput> actions,
            List<FieldProblem> readProblems) {
    }

    @Transactional
    public ChildPlans list(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildPlans(child, plans.of(childId));
    }

    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public StoredActionPlan one(CurrentUser user, UUID childId, UUID planId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return plans.find(childId, planId).orElseThrow(() -> notFound(planId));
    }

    @Transactional
    public StoredActionPlan create(CurrentUser user, UUID childId, CreateInput input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: action plan");
        FieldProblems problems = new FieldProblems(input.readProblems());
        LocalDate today = LocalDate.now(clock);
        long age = ChronoUnit.YEARS.between(child.dateOfBirth(), today);
        if (age < FROM_AGE || age >= UNTIL_AGE) {
            problems.add("child", "An action plan is for a young person aged 16 to 25");
        }
        String purpose = problems.requiredText(input.purpose(), "purpose", "Enter what the support is for", TEXT_MAX);
        LocalDate started = input.startedOn();
        if (!problems.has("startedOn")) {
            if (started == null) {
                problems.add("startedOn", "Enter the date the plan was made");
            } else if (started.isAfter(today)) {
                problems.add("startedOn", "The date the plan was made must be today or in the past");
            } else if (started.isBefore(child.dateOfBirth().plusYears(FROM_AGE).minusMonths(3))) {
                problems.add("startedOn", "The date the plan was made must be after the young person was 15 and 9 "
                        + "months");
            }
        }
        List<StoredActionPlan.Action> actions = new ArrayList<>();
        List<ActionInput> given = input.actions() == null ? List.of() : input.actions();
        for (int i = 0; i < given.size(); i++) {
            if (!given.get(i).blank()) {
                actions.add(action(given.get(i), "actions[" + i + "].", started, problems));
            }
        }
        if (actions.isEmpty() && !problems.has("actions[0].description")) {
            problems.add("actions[0].description", "Add at least one action");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        UUID id = UUID.randomUUID();
        plans.insertPlan(id, childId, purpose, started, user.id());
        for (int i = 0; i < actions.size(); i++) {
            plans.insertAction(id, i, actions.get(i), user.id());
        }
        events.publishEvent(new ActionPlanCreated(childId, id, purpose, started, actions.size(), user.id()));
        return plans.find(childId, id).orElseThrow();
    }

    @Transactional
    public StoredActionPlan addAction(CurrentUser user, UUID childId, UUID planId, ActionInput input,
            int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "changed: action plan");
        StoredActionPlan current = open(childId, planId, expectedVersion);
        FieldProblems problems = new FieldProblems(List.of());
        StoredActionPlan.Action action = action(input, "", current.startedOn(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!plans.bump(planId, expectedVersion)) {
            throw stale(current.version());
        }
        plans.insertAction(planId, current.actions().size(), action, user.id());
        events.publishEvent(new ActionPlanChanged(childId, planId, "Action added: " + action.description(),
                user.id()));
        return plans.find(childId, planId).orElseThrow();
    }

    @Transactional
    public StoredActionPlan changeActionStatus(CurrentUser user, UUID childId, UUID planId, UUID actionId,
            String status, int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "changed: action plan");
        StoredActionPlan current = open(childId, planId, expectedVersion);
        StoredActionPlan.Action action = current.action(actionId)
                .orElseThrow(() -> new RecordNotFoundException("No action with id " + actionId + " on this plan"));
        ActionStatus next = null;
        try {
            next = status == null ? null : ActionStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (next == null) {
            throw InvalidInputException.of("status", "Choose how far the action has got");
        }
        if (next == action.status()) {
            throw InvalidInputException.of("status", "The action is already " + next.label().toLowerCase());
        }
        if (!plans.bump(planId, expectedVersion)) {
            throw stale(current.version());
        }
        LocalDate today = LocalDate.now(clock);
        plans.changeActionStatus(actionId, next, today, user.id());
        events.publishEvent(next == ActionStatus.DONE
                ? new ActionPlanActionDone(childId, planId, actionId, action.description(), today, user.id())
                : new ActionPlanChanged(childId, planId, "Action " + next.label().toLowerCase() + ": "
                        + action.description(), user.id()));
        return plans.find(childId, planId).orElseThrow();
    }

    @Transactional
    public StoredActionPlan recordProgress(CurrentUser user, UUID childId, UUID planId, LocalDate date, String note,
            List<FieldProblem> readProblems) {
        gate.require(user, childId, AccessAction.CHANGE, "recorded: action plan progress");
        StoredActionPlan current = plans.find(childId, planId).orElseThrow(() -> notFound(planId));
        String text = note(current, date, note, "Enter what has happened", readProblems);
        UUID noteId = UUID.randomUUID();
        plans.insertNote(planId, noteId, "PROGRESS", date, text, user.id());
        events.publishEvent(new ActionPlanProgressRecorded(childId, planId, noteId, date, text, user.id()));
        return plans.find(childId, planId).orElseThrow();
    }

    /** A manager's review of the plan (monitoring): a dated note, added only. */
    @Transactional
    public StoredActionPlan monitor(CurrentUser user, UUID childId, UUID planId, LocalDate date, String note,
            List<FieldProblem> readProblems) {
        requireManager(user);
        gate.require(user, childId, AccessAction.CHANGE, "recorded: action plan monitoring");
        StoredActionPlan current = plans.find(childId, planId).orElseThrow(() -> notFound(planId));
        String text = note(current, date, note, "Enter your review of the plan", readProblems);
        plans.insertNote(planId, UUID.randomUUID(), "MONITORING", date, text, user.id());
        return plans.find(childId, planId).orElseThrow();
    }

    /** A manager agrees (signs off) the plan, with the date and an optional comment. */
    @Transactional
    public StoredActionPlan agree(CurrentUser user, UUID childId, UUID planId, LocalDate date, String comment,
            List<FieldProblem> readProblems, int expectedVersion) {
        requireManager(user);
        gate.require(user, childId, AccessAction.CHANGE, "signed off: action plan");
        StoredActionPlan current = open(childId, planId, expectedVersion);
        FieldProblems problems = new FieldProblems(readProblems);
        if (current.agreedOn() != null) {
            problems.add("date", "This plan was already agreed on " + current.agreedOn());
        }
        checkDate(current, date, "date", "the date it was agreed", problems);
        String text = problems.optionalText(comment, "comment", TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!plans.agree(planId, expectedVersion, user.id(), date, text)) {
            throw stale(current.version());
        }
        events.publishEvent(new ActionPlanChanged(childId, planId, "Agreed by a manager", user.id()));
        return plans.find(childId, planId).orElseThrow();
    }

    @Transactional
    public StoredActionPlan close(CurrentUser user, UUID childId, UUID planId, LocalDate date, String summary,
            List<FieldProblem> readProblems, int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "closed: action plan");
        StoredActionPlan current = open(childId, planId, expectedVersion);
        FieldProblems problems = new FieldProblems(readProblems);
        checkDate(current, date, "date", "the date it closed", problems);
        String text = problems.requiredText(summary, "note", "Enter what was achieved and why the plan is closing",
                TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!plans.close(planId, expectedVersion, user.id(), date, text)) {
            throw stale(current.version());
        }
        events.publishEvent(new ActionPlanClosed(childId, planId, current.purpose(), date, text, user.id()));
        return plans.find(childId, planId).orElseThrow();
    }

    public static boolean isManager(CurrentUser user) {
        return user.hasAny(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);
    }

    private static void requireManager(CurrentUser user) {
        if (!isManager(user)) {
            throw new AccessDeniedException("Only a team manager or head of service signs off and monitors plans");
        }
    }

    private String note(StoredActionPlan current, LocalDate date, String note, String missing,
            List<FieldProblem> readProblems) {
        FieldProblems problems = new FieldProblems(readProblems);
        if (!current.open()) {
            problems.add("note", "This plan is closed: nothing more can be added");
        }
        checkDate(current, date, "date", "the date of the note", problems);
        String text = problems.requiredText(note, "note", missing, TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return text;
    }

    private void checkDate(StoredActionPlan plan, LocalDate date, String field, String what, FieldProblems problems) {
        if (problems.has(field)) {
            return;
        }
        if (date == null) {
            problems.add(field, "Enter " + what);
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(field, capital(what) + " must be today or in the past");
        } else if (date.isBefore(plan.startedOn())) {
            problems.add(field, capital(what) + " must be on or after the plan was made");
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private StoredActionPlan.Action action(ActionInput a, String p, LocalDate started, FieldProblems problems) {
        String description = problems.requiredText(a.description(), p + "description", "Enter what will be done",
                TEXT_MAX);
        ActionOwnerRole role = null;
        if (a.ownerRole() == null || a.ownerRole().isBlank()) {
            problems.add(p + "ownerRole", "Choose who owns the action");
        } else {
            try {
                role = ActionOwnerRole.valueOf(a.ownerRole().trim());
            } catch (IllegalArgumentException e) {
                problems.add(p + "ownerRole", "Choose who owns the action");
            }
        }
        String name = problems.requiredText(a.ownerName(), p + "ownerName", "Enter the owner's name or organisation",
                NAME_MAX);
        if (!problems.has(p + "dueOn")) {
            if (a.dueOn() == null) {
                problems.add(p + "dueOn", "Enter the date the action is due");
            } else if (started != null && a.dueOn().isBefore(started)) {
                problems.add(p + "dueOn", "The due date must be on or after the plan was made");
            } else if (started != null && a.dueOn().isAfter(started.plusYears(LONGEST_YEARS))) {
                problems.add(p + "dueOn", "The due date must be within " + LONGEST_YEARS + " years of the plan");
            }
        }
        return new StoredActionPlan.Action(UUID.randomUUID(), description, role, name, a.dueOn(),
                ActionStatus.NOT_STARTED, null, null);
    }

    private StoredActionPlan open(UUID childId, UUID planId, int expectedVersion) {
        StoredActionPlan current = plans.findForUpdate(childId, planId).orElseThrow(() -> notFound(planId));
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        if (!current.open()) {
            throw InvalidInputException.of("status", "This plan is closed and can no longer change");
        }
        return current;
    }

    private static StaleEditException stale(int version) {
        return new StaleEditException("Someone else changed this action plan since you opened it", version);
    }

    private static RecordNotFoundException notFound(UUID planId) {
        return new RecordNotFoundException("No action plan with id " + planId + " for this young person");
    }
}
