package org.hearth.actionplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.access.CurrentUser;
import org.hearth.actionplans.internal.TeamActionPlans;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary across teams is counted in the database; a team's own page judges each plan in Java. Both must say the
 * same about the same plans, at the edges of each rule, and leave out what the user may not see.
 */
class TeamCountsTest extends IntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    ActionPlans plans;

    @Autowired
    TeamActionPlans teams;

    @Test
    void theSummaryCountsWhatEachTeamsPageShows() {
        UUID jade = data.aChild().named("Jade", "Morris").create();
        UUID kai = data.aChild().named("Kai", "Lee").create();
        UUID south = data.aChild().named("Ola", "Ade").inTeam(data.southTeam).allocatedTo(data.otherWorker).create();
        UUID hidden = data.aChild().named("Ria", "Shaw").create();
        data.ownerJdbc().update("UPDATE child SET restricted = true WHERE id = ?", hidden);
        plans.load(List.of(
                // progress expected within 4 weeks (action-plans.progress-expected-within): started exactly 28 days
                // ago is not yet without progress; 29 days is; one action due yesterday, one today
                plan(jade, TODAY.minusDays(28), null, List.of(TODAY.minusDays(1), TODAY)),
                plan(jade, TODAY.minusDays(29), TODAY.minusDays(20), List.of()),
                // progress recorded 10 days ago keeps an old plan current; a done action is not overdue
                planWithProgress(kai, TODAY.minusMonths(6), TODAY.minusDays(10)),
                plan(south, TODAY.minusDays(60), null, List.of(TODAY.minusDays(30), TODAY.minusDays(2))),
                plan(hidden, TODAY.minusDays(60), null, List.of(TODAY.minusDays(30)))));

        for (UUID userId : List.of(data.head, data.manager)) {
            CurrentUser user = data.currentUser(userId);
            for (TeamActionPlans.TeamCounts counted : teams.overseen(user)) {
                TeamActionPlans.Team shown = teams.team(user, counted.teamId());
                assertThat(counted.openPlans()).as(counted.teamName()).isEqualTo(shown.rows().size());
                assertThat(counted.overdueActions()).as(counted.teamName()).isEqualTo(shown.overdueActions());
                assertThat(counted.withoutRecentProgress()).as(counted.teamName())
                        .isEqualTo(shown.withoutRecentProgress());
                assertThat(counted.awaitingSignOff()).as(counted.teamName()).isEqualTo(shown.awaitingSignOff());
            }
        }
        TeamActionPlans.TeamCounts north = teams.overseen(data.currentUser(data.head)).stream()
                .filter(t -> t.teamId().equals(data.northTeam)).findFirst().orElseThrow();
        // the restricted child's plan is not counted for a head of service who is not named on the record
        assertThat(north).isEqualTo(new TeamActionPlans.TeamCounts(data.northTeam, north.teamName(), 3, 1, 1, 1));
        assertThat(teams.overseen(data.currentUser(data.manager))).extracting(TeamActionPlans.TeamCounts::teamId)
                .doesNotContain(data.southTeam);
    }

    private NewActionPlan plan(UUID child, LocalDate started, LocalDate agreed, List<LocalDate> actionsDue) {
        return new NewActionPlan(child, "Back into education", started, data.worker,
                agreed == null ? null : data.manager, agreed,
                actionsDue.stream().map(due -> new NewActionPlan.Action("Meet the careers adviser",
                        ActionOwnerRole.PERSONAL_ADVISER, "Sam Ahmed", due, ActionStatus.NOT_STARTED)).toList(),
                List.of(), null, null);
    }

    private NewActionPlan planWithProgress(UUID child, LocalDate started, LocalDate progress) {
        return new NewActionPlan(child, "Somewhere safe to live", started, data.worker, data.manager, started,
                List.of(new NewActionPlan.Action("Housing application", ActionOwnerRole.KEY_WORKER, "Ann Bell",
                        started.plusDays(7), ActionStatus.DONE)),
                List.of(new NewActionPlan.Note(progress, "Viewing booked", data.worker)), null, null);
    }
}
