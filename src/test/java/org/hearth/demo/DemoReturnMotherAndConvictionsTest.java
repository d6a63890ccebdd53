package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.UserAdministration;
import org.hearth.children.Carers;
import org.hearth.children.ChildHistory;
import org.hearth.children.ChildHistoryLoader;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.NewActivity;
import org.hearth.practice.StatutoryActivities;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.export.HearthReturnValidation;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's young women have a recorded mother status and some children a conviction or caution, so that Hearth's
 * own 903 validation of the demo (/returns/903) does not flag the mother and conviction fields as missing (rules
 * 165, 393, 543, 607) nor as wrong (542, 611, 612, 620, 621, 625).
 */
class DemoReturnMotherAndConvictionsTest extends IntegrationTest {

    @Autowired
    UserAdministration users;
    @Autowired
    Carers carers;
    @Autowired
    ChildHistoryLoader loader;
    @Autowired
    StatutoryActivities activities;
    @Autowired
    HearthReturnValidation validation;

    @Test
    void hearthsOwnReturnOfTheDemoHasMotherStatusAndConvictionsWhereTheRulesAskForThem() {
        DemoOrganisation organisation = DemoOrganisation.create(users, carers, DemoScale.DEMO,
                DemoDataGenerator.DEFAULT_SEED, "Test Council");
        List<ChildHistory> histories = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED, DemoScale.DEMO,
                TestClock.TODAY, organisation).generate();
        List<UUID> ids = loader.load(histories, organisation.administratorId(), TestClock.TODAY);
        List<NewActivity> generated = new DemoActivityGenerator(DemoDataGenerator.DEFAULT_SEED, TestClock.TODAY)
                .activitiesOf(histories, ids);
        activities.load(generated, organisation.administratorId());
        assertThat(histories).filteredOn(h -> Boolean.TRUE.equals(h.child().mother())).isNotEmpty();
        assertThat(histories).filteredOn(h -> Boolean.FALSE.equals(h.child().mother())).hasSizeGreaterThan(50);
        assertThat(generated).filteredOn(a -> a.kind() == ActivityKind.YOUTH_JUSTICE_OUTCOME).isNotEmpty();

        HearthReturnValidation.Outcome outcome = validation.validate(data.currentUser(data.performance),
                new CollectionYear(2027));
        assertThat(outcome.children()).isGreaterThan(100);
        Map<String, Long> flagged = outcome.rules().stream().collect(Collectors.toMap(
                HearthReturnValidation.RuleFindings::code, HearthReturnValidation.RuleFindings::children));
        assertThat(flagged).doesNotContainKeys("165", "171", "174", "393", "542", "543", "544", "607", "611", "612",
                "620", "621", "624", "625", "626");
    }
}
