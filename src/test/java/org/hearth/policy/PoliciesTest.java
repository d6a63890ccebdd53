package org.hearth.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Local settings: defaults from the rules, versioned changes that take effect from their date, checked values. */
class PoliciesTest extends IntegrationTest {

    private static final String VISITS = "timescale.visit.first-year-interval";
    private static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    Policies policies;

    @Test
    void everySettingStartsAtItsShippedDefault() {
        assertThat(policies.period(VISITS, TODAY)).isEqualTo(Period.ofWeeks(6));
        assertThat(policies.number("timescale.review.first", TODAY)).isEqualTo(20);
        assertThat(policies.settings(TODAY)).hasSize(PolicyCatalogue.ALL.size()).allMatch(PolicySetting::isDefault);
        PolicyCatalogue.ALL.forEach(d -> assertThat(policies.value(d.key(), TODAY)).isEqualTo(d.defaultValue()));
    }

    @Test
    void aChangeTakesEffectFromItsDateAndNotBefore() {
        LocalDate april = LocalDate.of(2027, 4, 1);
        policies.change(data.currentUser(data.admin), VISITS, "4 weeks", april, "Corporate parenting board");

        assertThat(policies.period(VISITS, april.minusDays(1))).isEqualTo(Period.ofWeeks(6));
        assertThat(policies.period(VISITS, april)).isEqualTo(Period.ofWeeks(4));
        PolicySetting later = policies.setting(VISITS, april);
        assertThat(later.effectiveFrom()).isEqualTo(april);
        assertThat(later.versions()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo("P28D");
            assertThat(v.changedBy()).isEqualTo(data.admin);
            assertThat(v.reason()).isEqualTo("Corporate parenting board");
        });
    }

    @Test
    void everyVersionIsKeptAndTheLatestForADateWins() {
        var admin = data.currentUser(data.admin);
        policies.change(admin, VISITS, "P5W", TODAY, "first");
        policies.change(admin, VISITS, "P4W", TODAY.plusMonths(1), "second");
        policies.change(admin, VISITS, "P3W", TODAY, "correction of the first");

        assertThat(policies.period(VISITS, TODAY)).isEqualTo(Period.ofWeeks(3));
        assertThat(policies.period(VISITS, TODAY.plusMonths(1))).isEqualTo(Period.ofWeeks(4));
        assertThat(policies.setting(VISITS, TODAY).versions()).extracting(PolicyVersion::reason)
                .containsExactly("correction of the first", "second", "first");
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingIsSaved() {
        var admin = data.currentUser(data.admin);
        assertRefused(() -> policies.change(admin, VISITS, "soon", TODAY, "x"), "value");
        assertRefused(() -> policies.change(admin, VISITS, "2 years", TODAY, "x"), "value");
        assertRefused(() -> policies.change(admin, "timescale.review.first", "twenty", TODAY, "x"), "value");
        assertRefused(() -> policies.change(admin, "timescale.review.first", "0", TODAY, "x"), "value");
        assertRefused(() -> policies.change(admin, VISITS, "P4W", TODAY.minusDays(1), "x"), "effectiveFrom");
        assertRefused(() -> policies.change(admin, VISITS, "P4W", null, "x"), "effectiveFrom");
        assertRefused(() -> policies.change(admin, VISITS, "P4W", TODAY, " "), "reason");
        assertThat(data.count("policy_version")).isZero();
    }

    @Test
    void theApplicationCannotRewriteHistory() {
        policies.change(data.currentUser(data.admin), VISITS, "P4W", TODAY, "x");
        var app = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        assertThatThrownBy(() -> app.update("UPDATE policy_version SET value = 'P1W'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.update("DELETE FROM policy_version"))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String field) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(field));
    }
}
