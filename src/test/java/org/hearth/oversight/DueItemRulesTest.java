package org.hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.calendar.BankHolidayCalendar;
import org.hearth.oversight.internal.Timescales;
import org.hearth.oversight.internal.rules.CarePlanRule;
import org.hearth.oversight.internal.rules.DentalCheckRule;
import org.hearth.oversight.internal.rules.HealthAssessmentRule;
import org.hearth.oversight.internal.rules.NeedsAssessmentRule;
import org.hearth.oversight.internal.rules.PathwayPlanReviewRule;
import org.hearth.oversight.internal.rules.PersonalAdviserContactRule;
import org.hearth.oversight.internal.rules.PersonalEducationPlanRule;
import org.hearth.oversight.internal.rules.RecentActivityRule;
import org.hearth.oversight.internal.rules.ReviewRule;
import org.hearth.oversight.internal.rules.RuleContext;
import org.hearth.oversight.internal.rules.DecisionRule;
import org.hearth.oversight.internal.rules.SupervisionSchedule;
import org.hearth.oversight.internal.rules.VisitRule;
import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.DecisionView;
import org.hearth.supervision.SupervisionDue;
import org.hearth.practice.ActivityKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule against the timescales in ../shared/docs/domain.md, on fixed dates, with the edge cases. */
class DueItemRulesTest {

    /** England and Wales bank holidays of 2026 and 2027 that the dates below cross. */
    static final RuleContext CONTEXT = new RuleContext(Timescales.defaults(), new BankHolidayCalendar(Set.of(
            d("2026-08-31"), d("2026-12-25"), d("2026-12-28"), d("2027-01-01"), d("2027-03-26"), d("2027-03-29"),
            d("2027-05-03"), d("2027-05-31"), d("2027-08-30"), d("2027-12-27"), d("2027-12-28")),
            Set.of(2026, 2027)));

    static final LocalDate TODAY = d("2026-11-26");

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static CaseFactsBuilder tenYearOld() {
        return CaseFactsBuilder.bornOn(d("2016-03-14"));
    }

    @Nested
    class Visits {

        final VisitRule rule = new VisitRule();

        @Test
        void theFirstVisitIsDueWithinAWeekOfAPlacementStarting() {
            DueItem item = rule.dueFor(tenYearOld().inCareSince(d("2026-11-02"), "U6").on(TODAY), CONTEXT)
                    .orElseThrow();
            assertThat(item.dueBy()).isEqualTo(d("2026-11-09"));
            assertThat(item.why()).isEqualTo("No visit since the placement with Mr and Mrs Okafor began on "
                    + "2 Nov 2026; the first is due within 1 week (CPPCR reg 28(2)(a))");
            assertThat(item.statusOn(TODAY, Period.ofDays(14))).isEqualTo(DueStatus.OVERDUE);
        }

        @Test
        void inThePlacementsFirstYearVisitsAreAtMostSixWeeksApart() {
            DueItem item = rule.dueFor(tenYearOld().inCareSince(d("2026-06-01"), "U6").visit(d("2026-10-15"))
                    .on(TODAY), CONTEXT).orElseThrow();
            assertThat(item.dueBy()).isEqualTo(d("2026-11-26"));
            assertThat(item.why()).startsWith("Last visit 15 Oct 2026; placement with Mr and Mrs Okafor in its "
                    + "first year: visits at most 6 weeks apart");
            assertThat(item.statusOn(TODAY, Period.ofDays(14))).isEqualTo(DueStatus.DUE_SOON);
        }

        @Test
        void aMoveToNewCarersRestartsTheClockButAChangeOfLegalStatusDoesNot() {
            CaseFactsBuilder child = tenYearOld().inCareSince(d("2026-01-05"), "U6").visit(d("2026-10-20"));
            assertThat(rule.dueFor(child.episode(d("2026-11-01"), "L", "C1", "U6", null).on(TODAY), CONTEXT)
                    .orElseThrow().dueBy()).isEqualTo(d("2026-12-01"));
            assertThat(rule.dueFor(child.episode(d("2026-11-10"), "P", "C1", "R1", null).on(TODAY), CONTEXT)
                    .orElseThrow().dueBy()).isEqualTo(d("2026-11-17"));
        }

        @Test
        void aVisitWhereTheChildWasNotSeenDoesNotCount() {
            var facts = tenYearOld().inCareSince(d("2026-06-01"), "U6").visit(d("2026-09-01"))
                    .activity(ActivityKind.VISIT, d("2026-10-15"), "seen", "NOT_SEEN", "notSeenReason", "asleep")
                    .on(TODAY);
            assertThat(rule.dueFor(facts, CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-10-13"));
        }

        @Test
        void afterTheFirstYearALongTermPlacementIsVisitedThreeMonthly() {
            var longTerm = tenYearOld().inCareSince(d("2024-02-01"), "U4").visit(d("2026-10-01")).on(TODAY);
            assertThat(rule.dueFor(longTerm, CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2027-01-01"));
            var shortTerm = tenYearOld().inCareSince(d("2024-02-01"), "U6").visit(d("2026-10-01")).on(TODAY);
            assertThat(rule.dueFor(shortTerm, CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-11-12"));
        }

        @Test
        void achildPlacedWithAParentIsVisitedWeeklyUntilTheFirstReview() {
            CaseFactsBuilder child = tenYearOld().episode(d("2026-10-01"), "S", "C1", "P1", null)
                    .visit(d("2026-11-20"));
            DueItem before = rule.dueFor(child.on(TODAY), CONTEXT).orElseThrow();
            assertThat(before.dueBy()).isEqualTo(d("2026-11-27"));
            assertThat(before.why()).contains("interim care order").contains("reg 28(4)");
            child.activity(ActivityKind.REVIEW, d("2026-10-28"));
            assertThat(rule.dueFor(child.on(TODAY), CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-12-18"));
        }

        @Test
        void noVisitsAreDueOnceCareHasEnded() {
            var facts = tenYearOld().episode(d("2025-01-06"), "S", "C2", "U6", d("2026-09-30")).on(TODAY);
            assertThat(rule.dueFor(facts, CONTEXT)).isEmpty();
        }
    }

    @Nested
    class Reviews {

        final ReviewRule rule = new ReviewRule();

        @Test
        void theFirstReviewIsDueWithinTwentyWorkingDaysNotCountingChristmasAndNewYear() {
            DueItem item = rule.dueFor(tenYearOld().inCareSince(d("2026-12-10"), "U6").on(TODAY), CONTEXT)
                    .orElseThrow();
            assertThat(item.dueBy()).isEqualTo(d("2027-01-12"));
            assertThat(item.dateCertain()).isTrue();
            assertThat(item.statusOn(TODAY, Period.ofDays(14))).isEqualTo(DueStatus.NOT_YET_DUE);
        }

        @Test
        void theSecondIsDueThreeMonthsAfterTheFirstAndLaterOnesSixMonthsApart() {
            CaseFactsBuilder child = tenYearOld().inCareSince(d("2026-03-02"), "U6")
                    .activity(ActivityKind.REVIEW, d("2026-03-27"));
            assertThat(rule.dueFor(child.on(TODAY), CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-06-27"));
            child.activity(ActivityKind.REVIEW, d("2026-06-20"));
            assertThat(rule.dueFor(child.on(TODAY), CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-12-20"));
        }

        @Test
        void reviewsFromAnEarlierPeriodOfCareDoNotCount() {
            var facts = tenYearOld().episode(d("2024-01-08"), "S", "C2", "U6", d("2025-01-06"))
                    .activity(ActivityKind.REVIEW, d("2024-02-01"))
                    .episode(d("2026-11-02"), "S", "C2", "U6", null).on(TODAY);
            assertThat(rule.dueFor(facts, CONTEXT).orElseThrow().why()).startsWith("Looked after since 2 Nov 2026");
        }

        @Test
        void aDateInAYearWhoseBankHolidaysAreUnknownSaysSo() {
            var facts = tenYearOld().inCareSince(d("2027-12-20"), "U6").on(d("2027-12-21"));
            assertThat(rule.dueFor(facts, CONTEXT).orElseThrow().dateCertain()).isFalse();
        }
    }

    @Nested
    class Health {

        final HealthAssessmentRule rule = new HealthAssessmentRule();

        @Test
        void reviewedSixMonthlyUnderFiveAndYearlyFromFive() {
            var four = CaseFactsBuilder.bornOn(d("2022-01-10")).inCareSince(d("2025-05-01"), "U6")
                    .activity(ActivityKind.HEALTH_ASSESSMENT, d("2026-09-01"), "type", "REVIEW").on(TODAY);
            assertThat(rule.dueFor(four, CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2027-03-01"));
            // the same child's next assessment, after turning 5, is on the yearly cycle
            var five = CaseFactsBuilder.bornOn(d("2022-01-10")).inCareSince(d("2025-05-01"), "U6")
                    .activity(ActivityKind.HEALTH_ASSESSMENT, d("2027-02-20"), "type", "REVIEW")
                    .on(d("2027-02-21"));
            assertThat(rule.dueFor(five, CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2028-02-20"));
        }

        @Test
        void theInitialAssessmentIsDueWithinTwentyWorkingDays() {
            var facts = tenYearOld().inCareSince(d("2026-11-16"), "U6").on(TODAY);
            assertThat(rule.dueFor(facts, CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-12-14"));
        }

        @Test
        void dentalChecksFollowTheLocalInterval() {
            var facts = tenYearOld().inCareSince(d("2025-11-03"), "U6")
                    .activity(ActivityKind.DENTAL_CHECK, d("2026-04-20")).on(TODAY);
            assertThat(new DentalCheckRule().dueFor(facts, CONTEXT).orElseThrow().dueBy())
                    .isEqualTo(d("2026-10-20"));
        }
    }

    @Nested
    class EducationAndPlans {

        @Test
        void aPersonalEducationPlanIsOnlyForChildrenOfCompulsorySchoolAge() {
            var rule = new PersonalEducationPlanRule();
            assertThat(rule.dueFor(CaseFactsBuilder.bornOn(d("2022-06-01")).inCareSince(d("2026-09-01"), "U6")
                    .on(TODAY), CONTEXT)).isEmpty();
            assertThat(rule.dueFor(CaseFactsBuilder.bornOn(d("2010-03-01")).inCareSince(d("2025-09-01"), "U6")
                    .on(TODAY), CONTEXT)).isEmpty();
            var ten = tenYearOld().inCareSince(d("2026-09-01"), "U6")
                    .activity(ActivityKind.PERSONAL_EDUCATION_PLAN, d("2026-09-10")).on(TODAY);
            assertThat(rule.dueFor(ten, CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2027-01-10"));
        }

        @Test
        void aCarePlanIsDueWithinTenWorkingDaysOfTheFirstPlacement() {
            var rule = new CarePlanRule();
            CaseFactsBuilder child = tenYearOld().inCareSince(d("2026-08-24"), "U6");
            // Summer bank holiday, Mon 31 Aug 2026, is not a working day
            assertThat(rule.dueFor(child.on(TODAY), CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-09-08"));
            assertThat(rule.dueFor(child.activity(ActivityKind.CARE_PLAN, d("2026-08-20")).on(TODAY), CONTEXT))
                    .isEmpty();
        }
    }

    @Nested
    class LeavingCare {

        final CaseFactsBuilder fifteen = CaseFactsBuilder.bornOn(d("2011-02-10"));

        @Test
        void theNeedsAssessmentIsDueThreeMonthsAfterThe16thBirthday() {
            var facts = fifteen.inCareSince(d("2023-05-01"), "U6").on(TODAY);
            DueItem item = new NeedsAssessmentRule().dueFor(facts, CONTEXT).orElseThrow();
            assertThat(item.dueBy()).isEqualTo(d("2027-05-10"));
            assertThat(item.why()).startsWith("16 on 10 Feb 2027");
        }

        @Test
        void forAChildWhoCameIntoCareAround16ItRunsFromBecomingEligible() {
            var facts = fifteen.inCareSince(d("2026-11-02"), "U6").on(TODAY);
            assertThat(new NeedsAssessmentRule().dueFor(facts, CONTEXT).orElseThrow().dueBy())
                    .isEqualTo(d("2027-05-10"));
            var later = CaseFactsBuilder.bornOn(d("2010-09-01")).inCareSince(d("2026-10-05"), "U6").on(TODAY);
            assertThat(new NeedsAssessmentRule().dueFor(later, CONTEXT).orElseThrow().dueBy())
                    .isEqualTo(d("2027-04-04"));
        }

        @Test
        void pathwayPlansAreReviewedSixMonthly() {
            var rule = new PathwayPlanReviewRule();
            CaseFactsBuilder child = CaseFactsBuilder.bornOn(d("2009-04-01")).inCareSince(d("2022-01-10"), "U6")
                    .activity(ActivityKind.NEEDS_ASSESSMENT, d("2025-06-20"));
            assertThat(rule.dueFor(child.on(TODAY), CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2025-12-20"));
            child.activity(ActivityKind.PATHWAY_PLAN_REVIEW, d("2026-10-01"));
            assertThat(rule.dueFor(child.on(TODAY), CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2027-04-01"));
        }

        @Test
        void aCareLeaverHearsFromTheirPersonalAdviserAtLeastEveryEightWeeks() {
            var rule = new PersonalAdviserContactRule();
            CaseFactsBuilder leaver = CaseFactsBuilder.bornOn(d("2007-05-01"))
                    .episode(d("2020-03-02"), "S", "C2", "U6", d("2025-05-01"));
            DueItem none = rule.dueFor(leaver.on(TODAY), CONTEXT).orElseThrow();
            assertThat(none.dueBy()).isEqualTo(d("2025-06-26"));
            assertThat(none.why()).startsWith("Left care 1 May 2025 with no contact since");
            leaver.activity(ActivityKind.PERSONAL_ADVISER_CONTACT, d("2026-11-01"));
            assertThat(rule.dueFor(leaver.on(TODAY), CONTEXT).orElseThrow().dueBy()).isEqualTo(d("2026-12-27"));
            // support runs to the 25th birthday
            assertThat(rule.dueFor(leaver.on(d("2032-05-01")), CONTEXT)).isEmpty();
        }

        @Test
        void aChildWhoLeftCareYoungIsNotACareLeaver() {
            var facts = tenYearOld().episode(d("2020-03-02"), "S", "C2", "U6", d("2022-05-01")).on(TODAY);
            assertThat(new PersonalAdviserContactRule().dueFor(facts, CONTEXT)).isEmpty();
            assertThat(new RecentActivityRule().dueFor(facts, CONTEXT)).isEmpty();
        }
    }

    @Test
    void nothingRecordedForThirtyDaysIsDrift() {
        var facts = tenYearOld().inCareSince(d("2025-06-02"), "U6").visit(d("2026-10-01")).on(TODAY);
        Optional<DueItem> item = new RecentActivityRule().dueFor(facts, CONTEXT);
        assertThat(item.orElseThrow().dueBy()).isEqualTo(d("2026-10-31"));
        assertThat(item.orElseThrow().statusOn(TODAY, Period.ofDays(14))).isEqualTo(DueStatus.OVERDUE);
    }

    @Nested
    class Supervision {

        final Timescales t = Timescales.defaults();
        final UUID worker = UUID.randomUUID();

        SupervisionSchedule.Next next(LocalDate last, LocalDate qualified, LocalDate today) {
            return SupervisionSchedule.next(new SupervisionDue(worker, Set.of(), last, qualified), t, today);
        }

        @Test
        void atLeastMonthly() {
            assertThat(next(d("2026-11-03"), null, TODAY).dueBy()).isEqualTo(d("2026-12-03"));
            assertThat(next(null, null, TODAY).why()).startsWith("No supervision recorded");
        }

        @Test
        void newlyQualifiedWeeklyForSixWeeksThenFortnightlyToSixMonths() {
            assertThat(next(d("2026-11-20"), d("2026-11-02"), TODAY).dueBy()).isEqualTo(d("2026-11-27"));
            var fortnightly = next(d("2026-11-20"), d("2026-09-01"), TODAY);
            assertThat(fortnightly.dueBy()).isEqualTo(d("2026-12-04"));
            assertThat(fortnightly.why()).contains("fortnightly");
            assertThat(next(d("2026-11-20"), d("2026-03-01"), TODAY).dueBy()).isEqualTo(d("2026-12-20"));
        }
    }

    @Test
    void theEarliestOpenDecisionWithADateIsTheChildsItem() {
        var rule = new DecisionRule();
        var facts = new org.hearth.oversight.internal.CaseFacts(
                new org.hearth.children.CareHistory(CaseFactsBuilder.CHILD, d("2016-03-14"), null, null,
                        java.util.List.of()), java.util.List.of(), java.util.List.of(
                        decision("Book the dentist", d("2026-12-20")), decision("Life story book", d("2026-11-20")),
                        decision("No date", null)), TODAY);
        DueItem item = rule.dueFor(facts, CONTEXT).orElseThrow();
        assertThat(item.dueBy()).isEqualTo(d("2026-11-20"));
        assertThat(item.why()).contains("Life story book").endsWith("; 1 more open decision with a later date");
        assertThat(item.statusOn(TODAY, Period.ofDays(14))).isEqualTo(DueStatus.OVERDUE);
    }

    private static DecisionView decision(String what, LocalDate dueBy) {
        return new DecisionView(UUID.randomUUID(), CaseFactsBuilder.CHILD, what, "why", "Manager",
                d("2026-10-01"), null, dueBy, DecisionStatus.OPEN, null);
    }
}
