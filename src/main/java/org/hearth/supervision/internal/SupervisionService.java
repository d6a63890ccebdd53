package org.hearth.supervision.internal;

import org.hearth.shared.FieldProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.access.UserSummary;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.policy.Policies;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.supervision.CaseSupervisionRecorded;
import org.hearth.supervision.ChildDiscussedInSupervision;
import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.DecisionView;
import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.SupervisionKind;
import org.hearth.supervision.SupervisionSessionRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading supervision sessions: case supervision on a child's record (the child's access rule,
 * logged) and a worker's one-to-one supervision (seen by the supervisee, the supervisor, the team's managers and
 * heads of service). Actions become decisions on the child; every session is written once.
 */
@Service
public class SupervisionService {

    static final String MODEL_KEY = "supervision.reflective-model";
    static final String MINIMUM_KEY = "supervision.reflective.minimum-words";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final SessionRepository sessions;
    private final DecisionRepository decisions;
    private final DecisionService decisionService;
    private final ChildGate gate;
    private final ChildRecords children;
    private final Directory directory;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionService(SessionRepository sessions, DecisionRepository decisions, DecisionService decisionService,
            ChildGate gate, ChildRecords children, Directory directory, Policies policies,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.decisions = decisions;
        this.decisionService = decisionService;
        this.gate = gate;
        this.children = children;
        this.directory = directory;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** An action agreed in supervision: for a one-to-one it names one of the children discussed. */
    public record ActionInput(UUID childId, String what, UUID ownerId, LocalDate dueBy) {
    }

    /**
     * A session as typed.
     *
     * @param model the model the form was drawn with (null: the one configured today)
     * @param childIds the children discussed (one-to-one only)
     */
    public record Input(LocalDate date, String durationMinutes, UUID superviseeId, List<UUID> childIds, String model,
            Map<String, String> sections, String scale, List<ActionInput> actions, List<FieldProblem> readProblems) {
    }

    /** A session with its actions. */
    public record Session(StoredSession session, List<StoredDecision> actions) {
    }

    /** The model the council records supervision in today. */
    public ReflectiveModel configuredModel() {
        return ReflectiveModel.find(policies.value(MODEL_KEY, LocalDate.now(clock)))
                .orElse(ReflectiveModel.KOLB_4X4X4);
    }

    public int minimumWords(LocalDate on) {
        return policies.number(MINIMUM_KEY, on);
    }

    @Transactional
    public List<Session> caseSessions(CurrentUser user, UUID childId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return sessions.caseSessionsOf(childId).stream()
                .map(s -> new Session(s, decisions.ofSession(s.id()))).toList();
    }

    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public Session recordCase(CurrentUser user, UUID childId, Input input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: case supervision");
        FieldProblems problems = new FieldProblems(input.readProblems());
        UUID supervisee = input.superviseeId() != null ? input.superviseeId() : child.allocatedWorkerId();
        if (supervisee == null) {
            problems.add("superviseeId", "Select the worker supervised");
        } else {
            checkSupervisee(user, supervisee, problems, false);
        }
        Checked checked = check(input, problems, child.dateOfBirth());
        List<DecisionView> actions = actions(input.actions(), Set.of(childId), childId, checked.date(), user,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        UUID id = UUID.randomUUID();
        sessions.insert(new SessionRepository.NewRow(id, SupervisionKind.CASE, childId, checked.date(),
                checked.duration(), user.id(), supervisee, child.responsibleTeamId(), checked.reflective(),
                List.of(childId), user.id()));
        List<StoredDecision> saved = saveActions(actions, id, user.id());
        events.publishEvent(new CaseSupervisionRecorded(childId, id, checked.date(), user.id(), supervisee,
                checked.reflective().model(), checked.reflective().reflective(), lines(saved), user.id()));
        events.publishEvent(new SupervisionSessionRecorded(id, SupervisionKind.CASE, checked.date(), user.id(),
                supervisee, List.of(childId), checked.reflective().reflective()));
        return new Session(sessions.find(id).orElseThrow(), saved);
    }

    @Transactional
    public Session recordOneToOne(CurrentUser user, Input input) {
        FieldProblems problems = new FieldProblems(input.readProblems());
        UserSummary supervisee = null;
        if (input.superviseeId() == null) {
            problems.add("superviseeId", "Select the worker supervised");
        } else {
            supervisee = checkSupervisee(user, input.superviseeId(), problems, true);
        }
        List<UUID> discussed = input.childIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(input.childIds().stream().filter(Objects::nonNull).toList()));
        LocalDate earliestBirth = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < discussed.size(); i++) {
            UUID childId = discussed.get(i);
            if (children.find(childId).isEmpty()) {
                problems.add("childIds[" + i + "]", "No child record with id " + childId);
            } else {
                gate.require(user, childId, AccessAction.CHANGE, "discussed in one-to-one supervision");
            }
        }
        Checked checked = check(input, problems, earliestBirth);
        List<DecisionView> actions = actions(input.actions(), Set.copyOf(discussed), null, checked.date(), user,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        UUID id = UUID.randomUUID();
        sessions.insert(new SessionRepository.NewRow(id, SupervisionKind.ONE_TO_ONE, null, checked.date(),
                checked.duration(), user.id(), supervisee.id(), teamOf(user, supervisee), checked.reflective(),
                discussed, user.id()));
        List<StoredDecision> saved = saveActions(actions, id, user.id());
        for (UUID childId : discussed) {
            events.publishEvent(new ChildDiscussedInSupervision(childId, id, checked.date(), user.id(),
                    supervisee.id(), lines(saved.stream().filter(d -> d.view().childId().equals(childId)).toList()),
                    user.id()));
        }
        events.publishEvent(new SupervisionSessionRecorded(id, SupervisionKind.ONE_TO_ONE, checked.date(), user.id(),
                supervisee.id(), discussed, checked.reflective().reflective()));
        return new Session(sessions.find(id).orElseThrow(), saved);
    }

    /**
     * One session. A case supervision is part of the child's record (access rule, logged); a one-to-one is seen by
     * its supervisee and supervisor, the managers of its team and heads of service.
     */
    @Transactional
    public Session session(CurrentUser user, UUID sessionId) {
        StoredSession session = sessions.find(sessionId)
                .orElseThrow(() -> new RecordNotFoundException("No supervision session with id " + sessionId));
        if (session.kind() == SupervisionKind.CASE) {
            gate.require(user, session.childId(), AccessAction.VIEW, "case supervision");
        } else if (!maySee(user, session)) {
            throw new AccessDeniedException("Only the supervisee, the supervisor, the team's managers and heads of "
                    + "service see a one-to-one supervision");
        }
        return new Session(session, decisions.ofSession(sessionId));
    }

    /** Whether the user may open a one-to-one session (or see it listed). */
    boolean maySee(CurrentUser user, StoredSession session) {
        return user.id().equals(session.superviseeId()) || user.id().equals(session.supervisorId())
                || user.has(Role.HEAD_OF_SERVICE)
                || (user.has(Role.TEAM_MANAGER) && session.teamId() != null
                        && user.teamIds().contains(session.teamId()));
    }

    /**
     * Sessions behind a figure of the reflective-supervision rate: a team's (or every team's the user oversees) in a
     * date range, optionally only those with or without reflective discussion recorded. Workers see their own.
     */
    @Transactional(readOnly = true)
    public List<StoredSession> sessions(CurrentUser user, UUID teamId, LocalDate from, LocalDate to,
            Boolean reflective) {
        if (!user.hasAny(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE)) {
            return sessions.sessions(null, user.id(), null, reflective, from, to);
        }
        return sessions.sessions(SupervisionStats.teamsFor(user, teamId, directory), null, null, reflective, from,
                to);
    }

    private record Checked(LocalDate date, int duration, ReflectiveCheck.Result reflective) {
    }

    private Checked check(Input input, FieldProblems problems, LocalDate earliest) {
        LocalDate today = LocalDate.now(clock);
        if (!problems.has("date")) {
            if (input.date() == null) {
                problems.add("date", "Enter the date of the supervision");
            } else if (input.date().isAfter(today)) {
                problems.add("date", "The date of the supervision must be today or in the past");
            } else if (input.date().isBefore(earliest)) {
                problems.add("date", "The date of the supervision must be on or after the child's date of birth");
            }
        }
        int duration = 0;
        String durationText = input.durationMinutes() == null ? "" : input.durationMinutes().strip();
        if (durationText.isEmpty()) {
            problems.add("durationMinutes", "Enter how long the supervision lasted, in minutes");
        } else {
            try {
                duration = Integer.parseInt(durationText);
                if (duration < 1 || duration > 600) {
                    problems.add("durationMinutes", "How long it lasted must be between 1 and 600 minutes");
                }
            } catch (NumberFormatException e) {
                problems.add("durationMinutes", "How long it lasted must be a whole number of minutes, like 90");
            }
        }
        ReflectiveModel model = configuredModel();
        if (input.model() != null && !input.model().isBlank()) {
            model = ReflectiveModel.find(input.model().strip()).orElse(null);
            if (model == null) {
                problems.add("model", "The reflective model must be KOLB_4X4X4 or SIGNS_OF_SAFETY");
                model = configuredModel();
            }
        }
        int minimum = minimumWords(input.date() != null && !input.date().isAfter(today) ? input.date() : today);
        ReflectiveCheck.Result reflective = ReflectiveCheck.check(model,
                input.sections() == null ? Map.of() : input.sections(), input.scale(), minimum, problems);
        return new Checked(input.date(), duration, reflective);
    }

    private UserSummary checkSupervisee(CurrentUser user, UUID superviseeId, FieldProblems problems, boolean ownTeam) {
        UserSummary supervisee = directory.user(superviseeId).filter(UserSummary::enabled).orElse(null);
        if (supervisee == null) {
            problems.add("superviseeId", "Select the worker supervised from the list");
            return null;
        }
        if (supervisee.id().equals(user.id())) {
            problems.add("superviseeId", "You cannot record your own supervision: your supervisor records it");
            return null;
        }
        if (ownTeam && !user.has(Role.HEAD_OF_SERVICE)
                && supervisee.teamIds().stream().noneMatch(user.teamIds()::contains)) {
            problems.add("superviseeId", "Select a member of your own team");
            return null;
        }
        return supervisee;
    }

    private List<DecisionView> actions(List<ActionInput> typed, Set<UUID> allowedChildren, UUID defaultChild,
            LocalDate date, CurrentUser user, FieldProblems problems) {
        List<DecisionView> result = new ArrayList<>();
        if (typed == null) {
            return result;
        }
        for (int i = 0; i < typed.size(); i++) {
            ActionInput action = typed.get(i);
            String prefix = "actions[" + i + "].";
            boolean blank = (action.what() == null || action.what().isBlank()) && action.ownerId() == null
                    && action.dueBy() == null;
            if (blank && (action.childId() == null || defaultChild != null)) {
                continue; // an empty row of the form
            }
            UUID childId = action.childId() != null ? action.childId() : defaultChild;
            if (childId == null || !allowedChildren.contains(childId)) {
                problems.add(prefix + "childId", "Select one of the children discussed");
            }
            String what = problems.requiredText(action.what(), prefix + "what", "Enter the action",
                    DecisionService.TEXT_MAX);
            if (action.ownerId() == null) {
                problems.add(prefix + "ownerId", "Select who owns the action");
            } else {
                decisionService.checkOwner(action.ownerId(), prefix + "ownerId", problems);
            }
            if (!problems.has(prefix + "dueBy")) {
                if (action.dueBy() == null) {
                    problems.add(prefix + "dueBy", "Enter the date the action is due by");
                } else if (date != null && action.dueBy().isBefore(date)) {
                    problems.add(prefix + "dueBy", "The date the action is due by must be on or after the "
                            + "supervision");
                }
            }
            result.add(new DecisionView(UUID.randomUUID(), childId, what, "Agreed in supervision",
                    "Supervision with " + user.displayName(), date, action.ownerId(), action.dueBy(),
                    DecisionStatus.OPEN, null));
        }
        return result;
    }

    private List<StoredDecision> saveActions(List<DecisionView> actions, UUID sessionId, UUID by) {
        return actions.stream().map(a -> decisionService.insert(new DecisionView(a.id(), a.childId(), a.what(),
                a.why(), a.decidedBy(), a.decidedOn(), a.ownerId(), a.dueBy(), a.status(), sessionId), by)).toList();
    }

    private List<String> lines(List<StoredDecision> saved) {
        Map<UUID, String> names = directory.displayNames(saved.stream().map(d -> d.view().ownerId()).toList());
        return saved.stream().map(d -> d.view().what() + " (owner " + names.getOrDefault(d.view().ownerId(),
                "unknown") + ", by " + DAY.format(d.view().dueBy()) + ")").toList();
    }

    /** The team a one-to-one counts for: one the supervisee shares with the supervisor, else their first. */
    private static UUID teamOf(CurrentUser supervisor, UserSummary supervisee) {
        return supervisee.teamIds().stream().sorted()
                .filter(supervisor.teamIds()::contains).findFirst()
                .orElse(supervisee.teamIds().stream().sorted().findFirst().orElse(null));
    }
}
