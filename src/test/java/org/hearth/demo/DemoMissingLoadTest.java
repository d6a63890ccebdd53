package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.calendar.WorkingDays;
import org.hearth.missing.MissingDue;
import org.hearth.missing.MissingPatterns;
import org.hearth.missing.MissingRecords;
import org.hearth.missing.NewMissingEpisode;
import org.hearth.policy.Policies;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's missing data loaded as the demo loader does it, read back through the module's own due items: the
 * strategy discussion prompts left are the few the generator meant to leave, not one per child with a pattern.
 */
class DemoMissingLoadTest extends IntegrationTest {

    @Autowired
    MissingRecords records;

    @Autowired
    Policies policies;

    @Autowired
    WorkingDays workingDays;

    @Test
    void theDriftEngineSeesFewStrategyDiscussionPromptsAndTheDecisionsAreStored() {
        LocalDate today = TestClock.TODAY;
        List<DemoMissingGenerator.MissingChild> children = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            children.add(new DemoMissingGenerator.MissingChild(new UUID(2, i), today.minusYears(8 + i % 10)
                    .minusDays(i % 300), i % 12 == 0, today.minusDays(20 + (i * 11L) % 900)));
        }
        int episodes = policies.number("missing.strategy-discussion.episodes", today);
        Period within = policies.period("missing.strategy-discussion.within", today);
        DemoMissingGenerator.Missing made = new DemoMissingGenerator(42, today).all(children,
                new DemoMissingGenerator.Rules(episodes, within,
                        policies.number("missing.strategy-discussion.due-within", today),
                        policies.number("uasc.nts.transfer-within", today),
                        policies.number("uasc.nts.transfer-from-hotel-within", today), workingDays.calendar()),
                "Demo Council");
        records.load(made.episodes(), made.discussions(), made.ageAssessments(), made.transfers());

        Map<UUID, List<java.time.Instant>> starts = new java.util.HashMap<>();
        for (NewMissingEpisode e : made.episodes()) {
            starts.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e.startedAt());
        }
        long triggered = starts.values().stream()
                .filter(s -> MissingPatterns.strategyTrigger(s, null, episodes, within).isPresent()).count();
        Map<UUID, List<MissingDue>> due = records.dueOf(children.stream().map(DemoMissingGenerator.MissingChild::id)
                .toList());
        long prompted = due.values().stream().filter(l -> l.stream()
                .anyMatch(d -> d.kind() == MissingDue.Kind.STRATEGY_DISCUSSION)).count();
        assertThat(triggered).isGreaterThan(20);
        assertThat(prompted).isPositive().isLessThan(triggered / 4);

        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM missing_strategy_discussion", Long.class))
                .isEqualTo(made.discussions().size()).isPositive();
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM uasc_age_assessment", Long.class))
                .isEqualTo(made.ageAssessments().size()).isPositive();
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM uasc_national_transfer WHERE outcome_on "
                + "IS NOT NULL", Long.class)).isEqualTo(made.transfers().size()).isPositive();
    }
}
