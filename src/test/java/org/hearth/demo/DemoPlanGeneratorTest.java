package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.actionplans.ActionStatus;
import org.hearth.pathwayplans.PlanStatus;
import org.junit.jupiter.api.Test;

/** The demo plans: repeatable for a seed, for 16 to 24 only, with drift for the engine to find. */
class DemoPlanGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final UUID TEAM = UUID.randomUUID();
    static final UUID MANAGER = UUID.randomUUID();

    static List<DemoSupervisionGenerator.CaseChild> children() {
        List<DemoSupervisionGenerator.CaseChild> children = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 400; i++) {
            LocalDate born = TODAY.minusYears(10 + random.nextInt(16)).minusDays(random.nextInt(365));
            children.add(new DemoSupervisionGenerator.CaseChild(new UUID(0, i), TEAM, UUID.randomUUID(), born,
                    born.plusYears(12), random.nextBoolean()));
        }
        return children;
    }

    @Test
    void theSameSeedGivesTheSamePlans() {
        var children = children();
        var a = new DemoPlanGenerator(7, TODAY).ofChildren(children, Map.of(TEAM, MANAGER));
        var b = new DemoPlanGenerator(7, TODAY).ofChildren(children, Map.of(TEAM, MANAGER));
        assertThat(a.pathwayPlans().stream().map(p -> p.childId() + " " + p.signedOffOn()).toList())
                .isEqualTo(b.pathwayPlans().stream().map(p -> p.childId() + " " + p.signedOffOn()).toList());
        assertThat(a.actionPlans()).hasSameSizeAs(b.actionPlans());
    }

    @Test
    void plansAreForYoungPeopleOf16To24WithSomeOverdueForReviewSomeAwaitingAndSomeActionsOverdue() {
        var children = children();
        var plans = new DemoPlanGenerator(7, TODAY).ofChildren(children, Map.of(TEAM, MANAGER));
        Map<UUID, LocalDate> born = new java.util.HashMap<>();
        children.forEach(c -> born.put(c.id(), c.born()));
        assertThat(plans.pathwayPlans()).isNotEmpty().allSatisfy(p -> {
            assertThat(java.time.temporal.ChronoUnit.YEARS.between(born.get(p.childId()), TODAY)).isBetween(16L, 24L);
            if (p.status() == PlanStatus.SIGNED_OFF) {
                assertThat(p.signedOffBy()).isEqualTo(MANAGER);
                assertThat(p.reviewDueOn()).isAfter(p.signedOffOn());
                assertThat(p.signedOffOn()).isBeforeOrEqualTo(TODAY);
            }
        });
        assertThat(plans.pathwayPlans()).anyMatch(p -> p.status() == PlanStatus.SIGNED_OFF
                && p.reviewDueOn().isBefore(TODAY));
        assertThat(plans.pathwayPlans()).anyMatch(p -> p.status() == PlanStatus.AWAITING_SIGN_OFF);
        assertThat(plans.pathwayPlans().stream().filter(p -> p.status() != PlanStatus.SIGNED_OFF)
                .map(p -> p.childId()).toList()).doesNotHaveDuplicates();
        assertThat(plans.actionPlans()).isNotEmpty().anyMatch(p -> p.actions().stream()
                .anyMatch(a -> a.status().open() && a.dueOn().isBefore(TODAY)));
        assertThat(plans.actionPlans()).anyMatch(p -> p.progress().isEmpty()
                || p.progress().get(p.progress().size() - 1).date().isBefore(TODAY.minusWeeks(4)));
        assertThat(plans.actionPlans()).anyMatch(p -> p.agreedBy() == null);
        assertThat(plans.actionPlans()).allSatisfy(p -> assertThat(p.actions()).allSatisfy(a ->
                assertThat(a.status()).isNotNull().isIn((Object[]) ActionStatus.values())));
    }
}
