package org.hearth.actionplans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.hearth.access.ChildAccess;
import org.hearth.access.ChildAccessSubject;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.TeamSummary;
import org.hearth.actionplans.OpenActionPlan;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.policy.Policies;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's view (issue 6: "all open action plans of the team, overdue actions, plans without progress in N
 * weeks"): a team's young people's open plans, as the user may see them. Team managers see their own teams, heads of
 * service and performance officers every team; within a team only the young people the user may see are listed.
 */
@Service
@Transactional(readOnly = true)
public class TeamActionPlans {

    private final ActionPlanRepository plans;
    private final ChildRecords children;
    private final ChildGate gate;
    private final ChildAccess access;
    private final Directory directory;
    private final Policies policies;
    private final Clock clock;

    TeamActionPlans(ActionPlanRepository plans, ChildRecords children, ChildGate gate, ChildAccess access,
            Directory directory, Policies policies, Clock clock) {
        this.plans = plans;
        this.children = children;
        this.gate = gate;
        this.access = access;
        this.directory = directory;
        this.policies = policies;
        this.clock = clock;
    }

    /** One open plan as the manager sees it. */
    public record Row(OpenActionPlan plan, ChildView child, String keyWorker, long overdueActions,
            boolean noRecentProgress, boolean awaitingSignOff) {
    }

    /** A team's open plans, most overdue actions first, with the counts the page heads with. */
    public record Team(UUID teamId, String teamName, List<Row> rows, Period progressExpectedWithin,
            Period signOffWithin) {

        public long overdueActions() {
            return rows.stream().mapToLong(Row::overdueActions).sum();
        }

        public long plansWithOverdueActions() {
            return rows.stream().filter(r -> r.overdueActions() > 0).count();
        }

        public long withoutRecentProgress() {
            return rows.stream().filter(Row::noRecentProgress).count();
        }

        public long awaitingSignOff() {
            return rows.stream().filter(Row::awaitingSignOff).count();
        }
    }

    public Team team(CurrentUser user, UUID teamId) {
        TeamSummary team = directory.team(teamId).orElseThrow(() -> new RecordNotFoundException("No team with id "
                + teamId));
        if (!mayOversee(user, teamId)) {
            throw new AccessDeniedException("You can see the action plans of your own teams only");
        }
        return team(user, team);
    }

    /** How one team's young people's open plans stand, as the user may see them. */
    public record TeamCounts(UUID teamId, String teamName, long openPlans, long overdueActions,
            long withoutRecentProgress, long awaitingSignOff) {
    }

    /**
     * The teams the user oversees (their own, or all for those who see every child), each with the counts of its
     * open plans. Counted in the database and grouped by the teams holding the records: reading every open plan
     * with its actions and every child's whole record made the head of service's page take about a second under
     * load (docs/performance.md).
     */
    public List<TeamCounts> overseen(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<TeamSummary> overseen = directory.teams().stream().filter(t -> mayOversee(user, t.id()))
                .sorted(Comparator.comparing(TeamSummary::name)).toList();
        // a team manager's own teams' children only; everyone's for those who see every team
        List<ActionPlanRepository.OpenPlanCounts> counts = plans.openCountsByChild(access.seesEveryChild(user) ? null
                : children.idsInTeams(overseen.stream().map(TeamSummary::id).toList()), today,
                policies.period("action-plans.progress-expected-within", today));
        Map<UUID, ChildAccessSubject> holders = children.accessSubjectsOf(counts.stream()
                .map(ActionPlanRepository.OpenPlanCounts::childId).toList());
        Map<UUID, List<ActionPlanRepository.OpenPlanCounts>> byTeam = counts.stream()
                .filter(c -> holders.containsKey(c.childId()) && access.canSee(user, holders.get(c.childId())))
                .collect(Collectors.groupingBy(c -> holders.get(c.childId()).teamId()));
        return overseen.stream()
                .map(t -> {
                    List<ActionPlanRepository.OpenPlanCounts> team = byTeam.getOrDefault(t.id(), List.of());
                    return new TeamCounts(t.id(), t.name(), sum(team, ActionPlanRepository.OpenPlanCounts::plans),
                            sum(team, ActionPlanRepository.OpenPlanCounts::overdueActions),
                            sum(team, ActionPlanRepository.OpenPlanCounts::withoutRecentProgress),
                            sum(team, ActionPlanRepository.OpenPlanCounts::awaitingSignOff));
                })
                .toList();
    }

    private static long sum(List<ActionPlanRepository.OpenPlanCounts> counts,
            ToLongFunction<ActionPlanRepository.OpenPlanCounts> count) {
        return counts.stream().mapToLong(count).sum();
    }

    private boolean mayOversee(CurrentUser user, UUID teamId) {
        return access.seesEveryChild(user) || user.teamIds().contains(teamId);
    }

    private Team team(CurrentUser user, TeamSummary team) {
        LocalDate today = LocalDate.now(clock);
        Period progress = policies.period("action-plans.progress-expected-within", today);
        Period signOff = policies.period("action-plans.sign-off-within", today);
        List<OpenActionPlan> open = plans.open(children.idsInTeams(List.of(team.id())));
        Map<UUID, ChildView> found = children.findAll(open.stream().map(OpenActionPlan::childId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ChildView::id, Function.identity()));
        found.values().removeIf(child -> !gate.canSee(user, child));
        Map<UUID, String> workers = directory.displayNames(found.values().stream().map(ChildView::allocatedWorkerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Row> rows = open.stream().filter(p -> found.containsKey(p.childId()))
                .map(p -> {
                    ChildView child = found.get(p.childId());
                    return new Row(p, child, child.allocatedWorkerId() == null ? "Not allocated"
                            : workers.getOrDefault(child.allocatedWorkerId(), "Unknown"), p.overdueActions(today),
                            p.progressSince().plus(progress).isBefore(today), p.agreedOn() == null);
                })
                .sorted(Comparator.comparing(Row::overdueActions).reversed()
                        .thenComparing(r -> r.plan().progressSince()))
                .toList();
        return new Team(team.id(), team.name(), rows, progress, signOff);
    }
}
