package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.UserAdministration;
import org.hearth.children.ChildHistory;
import org.hearth.children.ChildHistoryLoader;
import org.hearth.children.Carers;
import org.hearth.children.EpisodeCommandType;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.hearth.practice.NewActivity;
import org.hearth.practice.StatutoryActivities;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo children's statutory activity: the same every time, accepted by the rules, and with some drift. */
class DemoActivityGeneratorTest extends IntegrationTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    UserAdministration users;
    @Autowired
    Carers carers;
    @Autowired
    ChildHistoryLoader loader;
    @Autowired
    StatutoryActivities activities;

    @Test
    void isDeterministicPassesTheRulesAndLeavesSomeChildrenLate() {
        DemoOrganisation organisation = DemoOrganisation.create(users, carers, DemoScale.DEMO,
                DemoDataGenerator.DEFAULT_SEED, "Test Council");
        List<ChildHistory> histories = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED, DemoScale.DEMO, TODAY,
                organisation).generate();
        List<UUID> ids = loader.load(histories, organisation.administratorId(), TODAY);

        List<NewActivity> generated = new DemoActivityGenerator(DemoDataGenerator.DEFAULT_SEED, TODAY)
                .activitiesOf(histories, ids);
        assertThat(new DemoActivityGenerator(DemoDataGenerator.DEFAULT_SEED, TODAY).activitiesOf(histories, ids))
                .isEqualTo(generated);
        assertThat(new DemoActivityGenerator(DemoDataGenerator.DEFAULT_SEED + 1, TODAY).activitiesOf(histories, ids))
                .isNotEqualTo(generated);

        // every activity passes the same rules as one typed on a page
        assertThat(activities.load(generated, organisation.administratorId())).isEqualTo(generated.size());
        assertThat(generated).extracting(NewActivity::kind).contains(ActivityKind.values());

        Map<UUID, List<ActivityView>> byChild = activities.historiesOf(ids);
        int inCare = 0;
        int late = 0;
        for (int i = 0; i < histories.size(); i++) {
            ChildHistory history = histories.get(i);
            var commands = history.commands();
            boolean inCareNow = commands.get(commands.size() - 1).type() != EpisodeCommandType.END_CARE;
            if (!inCareNow) {
                continue;
            }
            LocalDate started = commands.stream().filter(c -> c.type() == EpisodeCommandType.START_CARE)
                    .reduce((a, b) -> b).orElseThrow().date();
            if (ChronoUnit.DAYS.between(started, TODAY) < 250) {
                continue;
            }
            inCare++;
            List<ActivityView> history2 = byChild.get(ids.get(i));
            long sinceVisit = daysSinceLatest(history2, ActivityKind.VISIT).orElse(Long.MAX_VALUE);
            long sinceReview = daysSinceLatest(history2, ActivityKind.REVIEW).orElse(Long.MAX_VALUE);
            // CPPCR reg 28 and 33 (../shared/docs/domain.md): visits at most 6 weeks apart, reviews 6 months
            if (sinceVisit > 42 || sinceReview > 183) {
                late++;
            }
        }
        assertThat(inCare).isGreaterThan(150);
        assertThat(100.0 * late / inCare).as("percentage of children in care with a visit or review overdue")
                .isBetween(8.0, 25.0);
    }

    private static Optional<Long> daysSinceLatest(List<ActivityView> history, ActivityKind kind) {
        return history.stream().filter(a -> a.kind() == kind).map(ActivityView::date).max(LocalDate::compareTo)
                .map(d -> ChronoUnit.DAYS.between(d, TODAY));
    }
}
