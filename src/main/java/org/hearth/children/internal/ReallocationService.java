package org.hearth.children.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.AccessLog;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.access.UserSummary;
import org.hearth.children.AllocationChanged;
import org.hearth.children.ChildView;
import org.hearth.children.Reallocation;
import org.hearth.children.ReallocationResult;
import org.hearth.children.SocialWorkerChangeReason;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reallocates children to new workers in one transaction: every move happens, or none does. Each move is
 * access-logged and published as {@link AllocationChanged}, so the chronology can record it.
 */
@Service
public class ReallocationService {

    private final ChildRepository children;
    private final Directory directory;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AllocationPeriodRepository allocationHistory;

    ReallocationService(ChildRepository children, Directory directory, AccessLog accessLog,
            ApplicationEventPublisher events, Clock clock, AllocationPeriodRepository allocationHistory) {
        this.allocationHistory = allocationHistory;
        this.children = children;
        this.directory = directory;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
    }

    /** The children allocated to a worker, for choosing who takes each. */
    @Transactional(readOnly = true)
    public List<ChildView> caseloadOf(UUID workerId) {
        return children.allocatedTo(workerId);
    }

    @Transactional
    public ReallocationResult reallocate(CurrentUser user, Reallocation request) {
        List<FieldProblem> problems = new ArrayList<>();
        String reason = request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty()) {
            problems.add(new FieldProblem("reason", "Enter why the children are being reallocated"));
        }
        SocialWorkerChangeReason changeReason = SocialWorkerChangeReason.OTHERS;
        if (request.changeReason() != null && !request.changeReason().isBlank()) {
            changeReason = SocialWorkerChangeReason.of(request.changeReason()).orElse(null);
            if (changeReason == null) {
                problems.add(new FieldProblem("changeReason", "Choose the reason for the change of social worker"));
            }
        }
        Map<UUID, UUID> moves = new LinkedHashMap<>();
        List<Reallocation.Assignment> assignments = request.assignments() == null ? List.of() : request.assignments();
        for (int i = 0; i < assignments.size(); i++) {
            Reallocation.Assignment assignment = assignments.get(i);
            String field = "assignments[" + i + "]";
            if (assignment.childId() == null || children.find(assignment.childId()).isEmpty()) {
                problems.add(new FieldProblem(field + ".childId", "No child record with that id"));
            } else if (request.fromWorkerId() != null && !Objects.equals(request.fromWorkerId(),
                    children.find(assignment.childId()).get().allocatedWorkerId())) {
                problems.add(new FieldProblem(field + ".childId", "That child is not allocated to the worker whose "
                        + "caseload is moving"));
            } else if (moves.containsKey(assignment.childId())) {
                problems.add(new FieldProblem(field + ".childId", "That child is listed twice"));
            } else {
                moves.put(assignment.childId(), assignment.toWorkerId());
            }
            checkWorker(assignment.toWorkerId(), field + ".toWorkerId", problems);
        }
        if (request.fromWorkerId() != null) {
            if (directory.user(request.fromWorkerId()).isEmpty()) {
                problems.add(new FieldProblem("fromWorkerId", "No user with that id"));
            }
            if (request.toWorkerId() != null) {
                checkWorker(request.toWorkerId(), "toWorkerId", problems);
                if (request.toWorkerId().equals(request.fromWorkerId())) {
                    problems.add(new FieldProblem("toWorkerId", "Choose a different worker from the one leaving"));
                }
                caseloadOf(request.fromWorkerId()).forEach(child -> moves.putIfAbsent(child.id(),
                        request.toWorkerId()));
            }
        } else if (request.toWorkerId() != null) {
            problems.add(new FieldProblem("fromWorkerId", "Say whose caseload moves to the new worker"));
        }
        if (moves.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("assignments", "There are no children to reallocate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<ReallocationResult.Change> changes = new ArrayList<>();
        SocialWorkerChangeReason why = changeReason;
        moves.forEach((childId, toWorker) -> {
            ChildView child = children.findForUpdate(childId).orElseThrow();
            if (Objects.equals(child.allocatedWorkerId(), toWorker)) {
                return;
            }
            children.allocate(childId, toWorker, user.id());
            allocationHistory.changed(childId, toWorker, LocalDate.now(clock), why, reason, user.id());
            accessLog.record(user, childId, AccessAction.CHANGE, "reallocated from " + name(child.allocatedWorkerId())
                    + " to " + name(toWorker) + ": " + reason);
            events.publishEvent(new AllocationChanged(childId, child.responsibleTeamId(), child.responsibleTeamId(),
                    child.allocatedWorkerId(), toWorker, user.id(), Instant.now(clock)));
            changes.add(new ReallocationResult.Change(childId, child.localChildId(), child.allocatedWorkerId(),
                    toWorker));
        });
        return new ReallocationResult(changes.size(), changes);
    }

    private void checkWorker(UUID workerId, String field, List<FieldProblem> problems) {
        UserSummary worker = workerId == null ? null : directory.user(workerId).orElse(null);
        if (worker == null) {
            problems.add(new FieldProblem(field, "Choose the worker who takes the child"));
        } else if (!worker.enabled()) {
            problems.add(new FieldProblem(field, worker.displayName() + "'s account is disabled"));
        } else if (!(worker.roles().contains(Role.SOCIAL_WORKER) || worker.roles().contains(Role.PERSONAL_ADVISER)
                || worker.roles().contains(Role.TEAM_MANAGER))) {
            problems.add(new FieldProblem(field, worker.displayName() + " does not hold a caseload"));
        }
    }

    private String name(UUID workerId) {
        return workerId == null ? "no one" : directory.user(workerId).map(UserSummary::displayName).orElse("unknown");
    }
}
