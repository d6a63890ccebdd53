package org.hearth.careleavers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.careleavers.CareLeaverCategory;
import org.hearth.children.CareHistory;
import org.hearth.children.EpisodeView;
import org.junit.jupiter.api.Test;

/** The care leaver category from the care history, at each edge of the definitions. */
class CategoryRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** A history built episode by episode; each episode under a legal status, ended or open. */
    static final class History {
        private final LocalDate born;
        private final List<EpisodeView> episodes = new ArrayList<>();

        History(LocalDate born) {
            this.born = born;
        }

        History care(LocalDate from, LocalDate until) {
            return care(from, until, "C2");
        }

        History care(LocalDate from, LocalDate until, String ls) {
            episodes.add(new EpisodeView(UUID.randomUUID(), from, "S", ls, "N1", "U1", "PR1", null, null, null, null,
                    null, until, until == null ? null : "E4A", null));
            return this;
        }

        CategoryAssessment on(LocalDate day) {
            return CategoryRules.assess(new CareHistory(UUID.randomUUID(), born, null, null, episodes), day);
        }
    }

    private static History bornYearsAgo(int years) {
        return new History(TODAY.minusYears(years).minusMonths(2));
    }

    @Test
    void eligibleWhenLookedAfterAt16Or17WithThirteenWeeksSince14() {
        CategoryAssessment a = bornYearsAgo(17).care(TODAY.minusYears(2), null).on(TODAY);
        assertThat(a.category()).isEqualTo(CareLeaverCategory.ELIGIBLE);
        assertThat(a.why()).contains("In care 2 years since the 14th birthday").contains("looked after now, aged 17");
        assertThat(a.certain()).isTrue();
        assertThat(a.lookedAfterNow()).isTrue();
    }

    @Test
    void exactlyThirteenWeeksIsEligibleOneDayLessIsNot() {
        // looked after from 91 days ago to today inclusive: 91 days, 13 weeks exactly
        History thirteenWeeks = bornYearsAgo(16).care(TODAY.minusDays(90), null);
        assertThat(thirteenWeeks.on(TODAY).category()).isEqualTo(CareLeaverCategory.ELIGIBLE);
        History aDayShort = bornYearsAgo(16).care(TODAY.minusDays(89), null);
        CategoryAssessment a = aDayShort.on(TODAY);
        // still looked after: not a care leaver of any kind yet, though in the 16+ cohort
        assertThat(a.category()).isEqualTo(CareLeaverCategory.NOT_YET_ELIGIBLE);
        assertThat(a.inCohort()).isTrue();
        assertThat(a.why()).contains("12 weeks 6 days").contains("Eligible from 27 November 2026")
                .contains("Leaving care before then would make them qualifying");
    }

    @Test
    void relevantWhenAnEligibleYoungPersonLeftCareBefore18() {
        LocalDate born = LocalDate.of(2009, 1, 10);
        CategoryAssessment a = new History(born).care(born.plusYears(15), LocalDate.of(2025, 5, 3)).on(TODAY);
        assertThat(a.category()).isEqualTo(CareLeaverCategory.RELEVANT);
        assertThat(a.why()).contains("left care on 3 May 2025 aged 16");
        assertThat(a.leftCareOn()).isEqualTo(LocalDate.of(2025, 5, 3));
    }

    @Test
    void formerRelevantFrom18WhenOnceEligible() {
        LocalDate born = TODAY.minusYears(20);
        CategoryAssessment a = new History(born).care(born.plusYears(13), born.plusYears(18)).on(TODAY);
        assertThat(a.category()).isEqualTo(CareLeaverCategory.FORMER_RELEVANT);
        assertThat(a.why()).contains("In care 4 years since the 14th birthday").contains("aged 18");
    }

    @Test
    void qualifyingWhenLookedAfterAfter16ButNeverThirteenWeeks() {
        LocalDate born = TODAY.minusYears(19);
        CategoryAssessment a = new History(born).care(born.plusYears(17), born.plusYears(17).plusWeeks(6))
                .on(TODAY);
        assertThat(a.category()).isEqualTo(CareLeaverCategory.QUALIFYING);
        assertThat(a.why()).contains("only 6 weeks");
        // Hearth's records start after 14: earlier care could make them former relevant
        assertThat(a.certain()).isFalse();
        assertThat(a.why()).contains("care before then is not known to Hearth");
    }

    @Test
    void careMustReachThe16thBirthday() {
        LocalDate born = TODAY.minusYears(17);
        // DEC on the 16th birthday: the last day in care was the day before
        assertThat(new History(born).care(born.plusYears(14), born.plusYears(16)).on(TODAY).category())
                .isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
        // DEC the day after: looked after on the 16th birthday itself, with two years since 14
        assertThat(new History(born).care(born.plusYears(14), born.plusYears(16).plusDays(1)).on(TODAY).category())
                .isEqualTo(CareLeaverCategory.RELEVANT);
    }

    @Test
    void weeksBefore14DoNotCount() {
        LocalDate born = TODAY.minusYears(17);
        // ten years in care ending 10 weeks after the 14th birthday, then 2 weeks at 16: 12 weeks since 14
        History h = new History(born).care(born.plusYears(4), born.plusYears(14).plusWeeks(10))
                .care(born.plusYears(16), born.plusYears(16).plusWeeks(2));
        CategoryAssessment a = h.on(TODAY);
        assertThat(a.category()).isEqualTo(CareLeaverCategory.QUALIFYING);
        assertThat(a.certain()).isTrue();
    }

    @Test
    void shortBreaksAreNotCare() {
        LocalDate born = TODAY.minusYears(17);
        History onlyShortBreaks = new History(born).care(born.plusYears(14), born.plusYears(17), "V3");
        assertThat(onlyShortBreaks.on(TODAY).category()).isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
        // short breaks (V4) do not make up the 13 weeks either
        History mixed = new History(born).care(born.plusYears(14), born.plusYears(16), "V4")
                .care(born.plusYears(16).plusDays(1), born.plusYears(16).plusWeeks(4));
        assertThat(mixed.on(TODAY).category()).isEqualTo(CareLeaverCategory.QUALIFYING);
    }

    @Test
    void episodesFollowingOnTheSameDayAreOnePeriod() {
        LocalDate born = TODAY.minusYears(16).minusDays(10);
        LocalDate start = TODAY.minusWeeks(10);
        History h = new History(born).care(start, start.plusWeeks(5)).care(start.plusWeeks(5), null);
        assertThat(h.on(TODAY).why()).contains("10 weeks 1 day");
    }

    @Test
    void under16And25AndOverAreNotCareLeavers() {
        LocalDate born15 = TODAY.minusYears(15);
        assertThat(new History(born15).care(born15.plusYears(10), null).on(TODAY).category())
                .isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
        LocalDate born25 = TODAY.minusYears(25);
        CategoryAssessment a = new History(born25).care(born25.plusYears(14), born25.plusYears(18)).on(TODAY);
        assertThat(a.category()).isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
        assertThat(a.why()).contains("ends at 25");
        // the day before the 25th birthday they are still former relevant
        assertThat(new History(born25).care(born25.plusYears(14), born25.plusYears(18)).on(TODAY.minusDays(1))
                .category()).isEqualTo(CareLeaverCategory.FORMER_RELEVANT);
    }

    @Test
    void theDayOfThe16thBirthdayStartsTheCategories() {
        LocalDate born = TODAY.minusYears(16);
        History h = new History(born).care(born.plusYears(14), null);
        assertThat(h.on(TODAY).category()).isEqualTo(CareLeaverCategory.ELIGIBLE);
        assertThat(h.on(TODAY.minusDays(1)).category()).isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
    }
}
