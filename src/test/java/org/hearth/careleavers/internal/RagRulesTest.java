package org.hearth.careleavers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.hearth.careleavers.ConcernLevel;
import org.hearth.careleavers.Rating;
import org.junit.jupiter.api.Test;

/** Each default RAG rule fires with its local wording, and the suggestion is the worst that fired. */
class RagRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final RagPolicy POLICY;

    static {
        Map<String, String> wording = new HashMap<>();
        RagPolicy.RULES.forEach(r -> wording.put(r, "wording of " + r));
        POLICY = new RagPolicy(Period.ofMonths(3), Period.ofWeeks(8), Set.of('S', 'W', 'X'), wording);
    }

    private static RagInputs leaver(String inTouch, LocalDate contact, String activity, LocalDate since,
            String accommodation) {
        return new RagInputs(false, inTouch, contact, activity, since, accommodation, null, null, null, null);
    }

    private static final RagInputs GOOD = leaver("YES", TODAY.minusWeeks(2), "F2", TODAY.minusYears(1), "U1");

    @Test
    void nothingFiresForAYoungPersonInEducationInSuitableAccommodationAndInTouch() {
        assertThat(RagRules.eet(GOOD, POLICY, TODAY).rating()).isEqualTo(Rating.GREEN);
        RagSuggestion circumstances = RagRules.circumstances(GOOD, POLICY, TODAY);
        assertThat(circumstances.rating()).isEqualTo(Rating.GREEN);
        assertThat(circumstances.firedText()).isEqualTo("No rule raised a concern");
    }

    @Test
    void neetForMoreThanThreeMonthsIsRedLessIsAmber() {
        RagSuggestion longNeet = RagRules.eet(leaver("YES", TODAY, "G5", TODAY.minusMonths(3).minusDays(1), "U1"),
                POLICY, TODAY);
        assertThat(longNeet.rating()).isEqualTo(Rating.RED);
        assertThat(longNeet.fired()).extracting(RagSuggestion.FiredRule::text)
                .containsExactly("wording of neet-long (G5 since 25 Aug 2026)");
        RagSuggestion exactlyThree = RagRules.eet(leaver("YES", TODAY, "G6", TODAY.minusMonths(3), "U1"), POLICY,
                TODAY);
        assertThat(exactlyThree.rating()).isEqualTo(Rating.AMBER);
        assertThat(exactlyThree.fired().get(0).rule()).isEqualTo("neet-recent");
    }

    @Test
    void unknownActivityIsAmber() {
        assertThat(RagRules.eet(leaver("YES", TODAY, null, null, "U1"), POLICY, TODAY).fired().get(0).rule())
                .isEqualTo("activity-unknown");
        assertThat(RagRules.eet(leaver("YES", TODAY, "0", TODAY, "U1"), POLICY, TODAY).rating())
                .isEqualTo(Rating.AMBER);
    }

    @Test
    void notInTouchIsRedForBoth() {
        RagInputs lost = leaver("NO", TODAY.minusMonths(5), "F1", TODAY.minusYears(1), "U1");
        assertThat(RagRules.eet(lost, POLICY, TODAY).rating()).isEqualTo(Rating.RED);
        RagSuggestion c = RagRules.circumstances(lost, POLICY, TODAY);
        assertThat(c.rating()).isEqualTo(Rating.RED);
        assertThat(c.fired()).extracting(RagSuggestion.FiredRule::rule).containsExactly("not-in-touch");
        assertThat(RagRules.circumstances(leaver("REFU", null, "F1", TODAY, "U1"), POLICY, TODAY).rating())
                .isEqualTo(Rating.RED);
    }

    @Test
    void noRecentContactIsAmber() {
        RagSuggestion c = RagRules.circumstances(leaver("YES", TODAY.minusWeeks(9), "F1", TODAY, "U1"), POLICY,
                TODAY);
        assertThat(c.rating()).isEqualTo(Rating.AMBER);
        assertThat(c.fired().get(0).rule()).isEqualTo("no-recent-contact");
        assertThat(RagRules.circumstances(leaver("YES", TODAY.minusWeeks(8), "F1", TODAY, "U1"), POLICY, TODAY)
                .rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void unsuitableAccommodationIsRed() {
        RagSuggestion c = RagRules.circumstances(leaver("YES", TODAY, "F1", TODAY, "D2"), POLICY, TODAY);
        assertThat(c.rating()).isEqualTo(Rating.RED);
        assertThat(c.fired()).extracting(RagSuggestion.FiredRule::rule).containsExactly("accommodation-unsuitable");
    }

    @Test
    void noFixedAbodeBedAndBreakfastAndCustodyAreRedEvenIfSuitable() {
        assertThat(RagRules.circumstances(leaver("YES", TODAY, "F1", TODAY, "W1"), POLICY, TODAY).fired())
                .extracting(RagSuggestion.FiredRule::rule).containsExactly("accommodation-red-type");
        assertThat(RagRules.circumstances(leaver("YES", TODAY, "F1", TODAY, "S2"), POLICY, TODAY).fired())
                .extracting(RagSuggestion.FiredRule::rule)
                .containsExactly("accommodation-red-type", "accommodation-unsuitable");
        RagPolicy noBnb = new RagPolicy(POLICY.neetRedAfter(), POLICY.noContactAmberAfter(), Set.of('S', 'X'),
                POLICY.wording());
        assertThat(RagRules.circumstances(leaver("YES", TODAY, "F1", TODAY, "W1"), noBnb, TODAY).rating())
                .isEqualTo(Rating.GREEN);
    }

    @Test
    void unknownAccommodationIsAmber() {
        assertThat(RagRules.circumstances(leaver("YES", TODAY, "F1", TODAY, null), POLICY, TODAY).fired().get(0)
                .rule()).isEqualTo("accommodation-unknown");
        assertThat(RagRules.circumstances(leaver("YES", TODAY, "F1", TODAY, "R1"), POLICY, TODAY).rating())
                .isEqualTo(Rating.AMBER);
    }

    @Test
    void concernsAreRedWhenSeriousAmberWhenSome() {
        RagInputs serious = new RagInputs(false, "YES", TODAY, "F1", TODAY, "U1", ConcernLevel.SERIOUS,
                ConcernLevel.SOME, ConcernLevel.NONE, ConcernLevel.SERIOUS);
        RagSuggestion c = RagRules.circumstances(serious, POLICY, TODAY);
        assertThat(c.rating()).isEqualTo(Rating.RED);
        assertThat(c.fired()).extracting(RagSuggestion.FiredRule::text)
                .containsExactly("wording of serious-concern (health, risk)", "wording of some-concern (money)");
        RagInputs some = new RagInputs(false, "YES", TODAY, "F1", TODAY, "U1", ConcernLevel.NONE,
                ConcernLevel.NONE, ConcernLevel.SOME, ConcernLevel.NONE);
        assertThat(RagRules.circumstances(some, POLICY, TODAY).rating()).isEqualTo(Rating.AMBER);
    }

    @Test
    void lookedAfterYoungPeopleAreNotRatedOnAccommodationOrContact() {
        RagInputs inCare = new RagInputs(true, null, null, "F2", TODAY, null, null, null, null, null);
        assertThat(RagRules.circumstances(inCare, POLICY, TODAY).rating()).isEqualTo(Rating.GREEN);
        assertThat(RagRules.eet(inCare, POLICY, TODAY).rating()).isEqualTo(Rating.GREEN);
    }
}
