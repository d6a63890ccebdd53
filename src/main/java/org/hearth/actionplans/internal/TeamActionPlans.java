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
import java.util.stream.Collectors;

import org.hearth.access.ChildAccess;
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
        return teams(user, List.of(team), false).get(0);
    }

    /** The teams the user oversees (their own, or all for those who see every child), each with its open plans. */
    public List<Team> overseen(CurrentUser user) {
        List<TeamSummary> teams = directory.teams().stream().filter(t -> mayOversee(user, t.id()))
                .sorted(Comparator.comparing(TeamSummary::name)).toList();
        return teams(user, teams, access.seesEveryChild(user));
    }

    private boolean mayOversee(CurrentUser user, UUID teamId) {
        return access.seesEveryChild(user) || user.teamIds().contains(teamId);
    }

    /** @param everyTeam all teams are asked for: every open plan is read, rather than those of the teams' children */
    private List<Team> teams(CurrentUser user, List<TeamSummary> teams, boolean everyTeam) {
        LocalDate today = LocalDate.now(clock);
        Period progress = policies.period("action-plans.progress-expected-within", today);
        Period signOff = policies.period("action-plans.sign-off-within", today);
        List<OpenActionPlan> open = plans.open(everyTeam ? null
                : children.idsInTeams(teams.stream().map(TeamSummary::id).toList()));
        Map<UUID, ChildView> found = children.findAll(open.stream().map(OpenActionPlan::childId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ChildView::id, Function.identity()));
        found.values().removeIf(child -> !gate.canSee(user, child));
        Map<UUID, String> workers = directory.displayNames(found.values().stream().map(ChildView::allocatedWorkerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        // grouped once: filtering every open plan for each of 200 teams took most of the page (docs/performance.md)
        Map<UUID, List<OpenActionPlan>> byTeam = open.stream().filter(p -> found.containsKey(p.childId()))
                .collect(Collectors.groupingBy(p -> found.get(p.childId()).responsibleTeamId()));
        List<Team> result = new ArrayList<>();
        for (TeamSummary team : teams) {
            List<Row> rows = byTeam.getOrDefault(team.id(), List.of()).stream()
                    .map(p -> {
                        ChildView child = found.get(p.childId());
                        return new Row(p, child, child.allocatedWorkerId() == null ? "Not allocated"
                                : workers.getOrDefault(child.allocatedWorkerId(), "Unknown"), p.overdueActions(today),
                                p.progressSince().plus(progress).isBefore(today),
                                p.agreedOn() == null);
                    })
                    .sorted(Comparator.comparing(Row::overdueActions).reversed()
                            .thenComparing(r -> r.plan().progressSince()))
                    .toList();
            result.add(new Team(team.id(), team.name(), rows, progress, signOff));
        }
        return result;
    }
}
