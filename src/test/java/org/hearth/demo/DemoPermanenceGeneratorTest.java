package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.access.UserAdministration;
import org.hearth.children.Carers;
import org.hearth.children.ChildHistory;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.PermanenceProblem;
import org.hearth.permanence.PermanenceRecords;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's permanence records: the same every time, each accepted by the permanence module's entry rules, and some
 * of every kind the 903 return asks for.
 */
class DemoPermanenceGeneratorTest extends IntegrationTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    UserAdministration users;
    @Autowired
    Carers carers;
    @Autowired
    PermanenceRecords permanence;

    @Test
    void isDeterministicPassesTheEntryRulesAndHasEveryKind() {
        DemoOrganisation organisation = DemoOrganisation.create(users, carers, DemoScale.DEMO,
                DemoDataGenerator.DEFAULT_SEED, "Test Council");
        List<ChildHistory> histories = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED, DemoScale.DEMO, TODAY,
                organisation).generate();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            ids.add(new UUID(9, i));
        }
        List<ChildPermanence> records = new DemoPermanenceGenerator(DemoDataGenerator.DEFAULT_SEED, TODAY)
                .of(histories, ids);
        assertThat(new DemoPermanenceGenerator(DemoDataGenerator.DEFAULT_SEED, TODAY).of(histories, ids))
                .isEqualTo(records);

        for (ChildPermanence child : records) {
            LocalDate born = histories.get(ids.indexOf(child.childId())).child().dateOfBirth();
            List<PermanenceProblem> problems = permanence.problemsWith(child, born, TODAY);
            assertThat(problems).as("%s", child).isEmpty();
        }
        assertThat(records).filteredOn(r -> r.previous() != null && !"Z1".equals(r.previous().option()))
                .isNotEmpty();
        assertThat(records).filteredOn(r -> !r.decisions().isEmpty()).isNotEmpty();
        assertThat(records).filteredOn(r -> r.match() != null).isNotEmpty();
        assertThat(records).filteredOn(r -> !r.orders().isEmpty()).isNotEmpty();
    }
}
