package org.hearth.pathwayplans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.access.UserSummary;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.pathwayplans.PathwayPlanSignedOff;
import org.hearth.pathwayplans.PlanActionStatus;
import org.hearth.pathwayplans.PlanSection;
import org.hearth.pathwayplans.PlanStatus;
import org.hearth.policy.Policies;
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
 * A young person's pathway plans: reading them, starting one (a review starts from a copy of the last signed-off
 * plan), writing its sections and the young person's views while it is a draft, sending it for sign-off, and a
 * manager's sign-off or return. Every method applies the child's access rule and writes the access log; every change
 * is one transaction, refused if someone else changed the plan since the user read it (optimistic locking).
 */
@Service
public class PathwayPlanService {

    static final int TEXT_MAX = 10_000;
    static final int LINE_MAX = 1_000;
    static final int NAME_MAX = 200;
    /** A pathway plan is for a young person from 16 (CPPCR reg 42-43) up to 25 (Children and Social Work Act s3). */
    static final int FROM_AGE = 16;
    static final int UNTIL_AGE = 25;

    private final PlanRepository plans;
    private final ChildGate gate;
    private final Directory directory;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PathwayPlanService(PlanRepository plans, ChildGate gate, Directory directory, Policies policies,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.gate = gate;
        this.directory = directory;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** A young person with their plans: the one in the making first, then the signed-off ones, newest first. */
    public record ChildPlans(ChildView child, List<StoredPlan> plans) {
    }

    /** A section as typed; what the form could not read (a date that is not a date) is in {@code readProblems}. */
    public record SectionInput(String assessedNeed, String whatsWorking, String goals, String youngPersonViews,
            List<ActionInput> actions, List<FieldProblem> readProblems) {
    }

    /** One action row as typed; a row left wholly empty is no action. */
    public record ActionInput(String description, UUID ownerId, String ownerName, LocalDate targetDate,
            String status) {

        boolean blank() {
            return blank(description) && ownerId == null && blank(ownerName) && targetDate == null;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /**
     * A manager's decision on a plan awaiting sign-off: {@code SIGN_OFF} (with the date, a comment and optionally an
     * earlier review date) or {@code RETURN} to the author with a comment.
     */
    public record SignOffInput(String decision, LocalDate signedOffOn, LocalDate reviewDueOn, String comment,
            List<FieldProblem> readProblems) {
    }

    @Transactional
    public ChildPlans list(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildPlans(child, plans.headersOf(childId));
    }

    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public StoredPlan one(CurrentUser user, UUID childId, UUID planId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return plans.find(childId, planId).orElseThrow(() -> notFound(planId));
    }

    /**
     * Starts a plan: a first plan with empty sections, or a review copied from the last signed-off plan (sections,
     * goals and actions; the young person's views are asked afresh). Refused while another plan is in the making.
     */
    @Transactional
    public StoredPlan start(CurrentUser user, UUID childId) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "started: pathway plan");
        LocalDate today = LocalDate.now(clock);
        long age = ChronoUnit.YEARS.between(child.dateOfBirth(), today);
        if (age < FROM_AGE || age >= UNTIL_AGE) {
            throw InvalidInputException.of("child", "A pathway plan is for a young person aged 16 to 25");
        }
        if (plans.inTheMaking(childId).isPresent()) {
            throw InvalidInputException.of("plan", "There is already a pathway plan in the making: finish it, or have "
                    + "it signed off, before starting another");
        }
        UUID id = UUID.randomUUID();
        var last = plans.latestSignedOff(childId);
        Map<PlanSection, StoredPlan.Section> sections = new EnumMap<>(PlanSection.class);
        last.ifPresent(previous -> previous.sections().forEach((section, s) -> sections.put(section,
                new StoredPlan.Section(section, s.assessedNeed(), s.whatsWorking(), s.goals(), null,
                        s.actions().stream().map(a -> new StoredPlan.Action(null, a.description(), a.ownerId(),
                                a.ownerName(), a.targetDate(), a.status())).toList()))));
        plans.insertDraft(id, childId, last.map(StoredPlan::id).orElse(null), null, sections, user.id(),
                clock.instant());
        return plans.find(childId, id).orElseThrow();
    }

    @Transactional
    public StoredPlan saveSection(CurrentUser user, UUID childId, UUID planId, PlanSection section,
            SectionInput input, int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "changed: pathway plan");
        StoredPlan current = draft(childId, planId, expectedVersion);
        FieldProblems problems = new FieldProblems(input.readProblems());
        String need = problems.optionalText(input.assessedNeed(), "assessedNeed", TEXT_MAX);
        String working = problems.optionalText(input.whatsWorking(), "whatsWorking", TEXT_MAX);
        String goals = problems.optionalText(input.goals(), "goals", TEXT_MAX);
        String views = problems.optionalText(input.youngPersonViews(), "youngPersonViews", TEXT_MAX);
        LocalDate started = LocalDate.ofInstant(current.createdAt(), clock.getZone());
        List<StoredPlan.Action> actions = new ArrayList<>();
        for (int i = 0; i < input.actions().size(); i++) {
            ActionInput a = input.actions().get(i);
            if (a.blank()) {
                continue;
            }
            String p = "actions[" + i + "].";
            String description = problems.requiredText(a.description(), p + "description", "Enter what will be done",
                    LINE_MAX);
            String ownerName = problems.optionalText(a.ownerName(), p + "ownerName", NAME_MAX);
            if (a.ownerId() == null && ownerName == null) {
                problems.add(p + "ownerName", "Enter who will do it, or choose them from the list");
            } else if (a.ownerId() != null && directory.user(a.ownerId()).filter(UserSummary::enabled).isEmpty()) {
                problems.add(p + "ownerId", "Choose who will do it from the list");
            }
            PlanActionStatus status = PlanActionStatus.NOT_STARTED;
            if (a.status() != null && !a.status().isBlank()) {
                try {
                    status = PlanActionStatus.valueOf(a.status().trim());
                } catch (IllegalArgumentException e) {
                    problems.add(p + "status", "Choose how far the action has got");
                }
            }
            if (!problems.has(p + "targetDate")) {
                if (a.targetDate() == null) {
                    problems.add(p + "targetDate", "Enter the target date");
                } else if (status.open() && a.targetDate().isBefore(started)) {
                    problems.add(p + "targetDate", "The target date of an action still to do must be on or after "
                            + "the plan was started; change the date or the status");
                } else if (a.targetDate().isAfter(child.dateOfBirth().plusYears(UNTIL_AGE))) {
                    problems.add(p + "targetDate", "The target date must be before the young person is 25");
                }
            }
            actions.add(new StoredPlan.Action(null, description, a.ownerId(), ownerName, a.targetDate(), status));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!plans.bump(planId, expectedVersion, user.id())) {
            throw stale(current.version());
        }
        plans.replaceSection(planId, new StoredPlan.Section(section, need, working, goals, views, actions));
        return plans.find(childId, planId).orElseThrow();
    }

    @Transactional
    public StoredPlan saveViews(CurrentUser user, UUID childId, UUID planId, String views, int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "changed: pathway plan");
        StoredPlan current = draft(childId, planId, expectedVersion);
        FieldProblems problems = new FieldProblems(List.of());
        String text = problems.optionalText(views, "youngPersonViews", TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!plans.setViews(planId, expectedVersion, text, user.id())) {
            throw stale(current.version());
        }
        return plans.find(childId, planId).orElseThrow();
    }

    /** Sends a draft to a manager: every section must say the assessed need and the goals, with the young person's views. */
    @Transactional
    public StoredPlan submit(CurrentUser user, UUID childId, UUID planId, int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "sent for sign-off: pathway plan");
        StoredPlan current = draft(childId, planId, expectedVersion);
        FieldProblems problems = new FieldProblems(List.of());
        if (current.youngPersonViews() == null) {
            problems.add("youngPersonViews", "Write the young person's views on the plan, in their words, or why "
                    + "they have not given them");
        }
        for (StoredPlan.Section s : current.sections().values()) {
            if (s.assessedNeed() == null || s.goals() == null) {
                problems.add("section-" + s.section().slug(), "Write the assessed need and the goals for "
                        + s.section().label().toLowerCase(java.util.Locale.UK));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (!plans.submit(planId, expectedVersion, user.id())) {
            throw stale(current.version());
        }
        return plans.find(childId, planId).orElseThrow();
    }

    /**
     * A manager's sign-off (or return to draft). Only a team manager or head of service who neither started the plan
     * nor sent it for sign-off may decide: sign-off is a second pair of eyes. The review date is by default the
     * statutory interval after sign-off (local setting timescale.pathway-plan.review, 6 months, CPPCR reg 42-43) and
     * may be set earlier, never later.
     */
    @Transactional
    public StoredPlan decide(CurrentUser user, UUID childId, UUID planId, SignOffInput input, int expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "signed off: pathway plan");
        StoredPlan current = plans.findForUpdate(childId, planId).orElseThrow(() -> notFound(planId));
        if (!maySignOff(user, current)) {
            throw new AccessDeniedException("A team manager or head of service other than the plan's author must "
                    + "sign it off");
        }
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        FieldProblems problems = new FieldProblems(input.readProblems());
        if (current.status() != PlanStatus.AWAITING_SIGN_OFF) {
            problems.add("decision", "This plan is " + current.status().label().toLowerCase(java.util.Locale.UK)
                    + ": only a plan sent for sign-off can be signed off or returned");
        }
        String decision = input.decision() == null ? "" : input.decision().trim();
        String comment = problems.optionalText(input.comment(), "comment", TEXT_MAX);
        if (!decision.equals("SIGN_OFF") && !decision.equals("RETURN")) {
            problems.add("decision", "Choose whether to sign the plan off or return it to its author");
        }
        if (comment == null) {
            problems.add("comment", decision.equals("RETURN") ? "Enter what needs to change"
                    : "Enter your comment on the plan");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate reviewDue = null;
        if (decision.equals("SIGN_OFF")) {
            LocalDate started = LocalDate.ofInstant(current.createdAt(), clock.getZone());
            LocalDate on = input.signedOffOn();
            if (!problems.has("signedOffOn")) {
                if (on == null) {
                    problems.add("signedOffOn", "Enter the date of sign-off");
                } else if (on.isAfter(today)) {
                    problems.add("signedOffOn", "The date of sign-off must be today or in the past");
                } else if (on.isBefore(started)) {
                    problems.add("signedOffOn", "The date of sign-off must be on or after the plan was started");
                }
            }
            if (on != null && !problems.has("signedOffOn") && !problems.has("reviewDueOn")) {
                LocalDate latest = on.plus(reviewInterval(on));
                reviewDue = input.reviewDueOn() == null ? latest : input.reviewDueOn();
                if (!reviewDue.isAfter(on)) {
                    problems.add("reviewDueOn", "The review date must be after the date of sign-off");
                } else if (reviewDue.isAfter(latest)) {
                    problems.add("reviewDueOn", "The review date must be no later than " + latest.format(DATE)
                            + ": a pathway plan is reviewed at least every " + reviewInterval(on).toTotalMonths()
                            + " months");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        if (decision.equals("RETURN")) {
            if (!plans.returnToDraft(planId, expectedVersion, comment, user.id())) {
                throw stale(current.version());
            }
        } else {
            if (!plans.signOff(planId, expectedVersion, user.id(), input.signedOffOn(), comment, reviewDue)) {
                throw stale(current.version());
            }
            events.publishEvent(new PathwayPlanSignedOff(childId, planId, input.signedOffOn(), reviewDue, user.id()));
        }
        return plans.find(childId, planId).orElseThrow();
    }

    /** The statutory review interval in force on a date (local setting timescale.pathway-plan.review, default 6 months). */
    public Period reviewInterval(LocalDate on) {
        return policies.period("timescale.pathway-plan.review", on);
    }

    /** Team managers and heads of service, except whoever started the plan or sent it for sign-off. */
    public static boolean maySignOff(CurrentUser user, StoredPlan plan) {
        return user.hasAny(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE) && !user.id().equals(plan.createdBy())
                && !user.id().equals(plan.submittedBy());
    }

    private StoredPlan draft(UUID childId, UUID planId, int expectedVersion) {
        StoredPlan current = plans.findForUpdate(childId, planId).orElseThrow(() -> notFound(planId));
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        if (!current.editable()) {
            throw InvalidInputException.of("plan", current.status() == PlanStatus.SIGNED_OFF
                    ? "This plan is signed off and can no longer change: start a review to change the plan"
                    : "This plan is awaiting sign-off: a manager must return it before it can change");
        }
        return current;
    }

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private static StaleEditException stale(int version) {
        return new StaleEditException("Someone else changed this pathway plan since you opened it", version);
    }

    private static RecordNotFoundException notFound(UUID planId) {
        return new RecordNotFoundException("No pathway plan with id " + planId + " for this young person");
    }
}
