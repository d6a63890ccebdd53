package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.calendar.BankHolidayCalendar;
import org.hearth.missing.AgeAssessmentStatus;
import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingPatterns;
import org.hearth.missing.NewAgeAssessment;
import org.hearth.missing.NewMissingEpisode;
import org.hearth.missing.NewNationalTransfer;
import org.hearth.missing.NewStrategyDiscussion;
import org.hearth.missing.TransferOutcome;
import org.junit.jupiter.api.Test;

/**
 * The demo's missing episodes: repeatable, a realistic share of children, no overlaps, protocol steps for UASC; the
 * strategy discussions agree with the module's trigger; UASC age assessments and transfers keep to the timescales.
 */
class DemoMissingGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** England and Wales bank holidays around the year generated, so that working days skip them. */
    private static final BankHolidayCalendar CALENDAR = new BankHolidayCalendar(java.util.Set.of(
            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), java.util.Set.of(2026));
    /** The defaults: 3 episodes in 30 days prompt a discussion due in 5 working days; NTS 10 working days, 5 from a
     * hotel. */
    private static final DemoMissingGenerator.Rules RULES = new DemoMissingGenerator.Rules(3, Period.ofDays(30), 5,
            10, 5, CALENDAR);

    /** More unaccompanied children than {@link #children()}, in care for a few weeks to a few years. */
    private static List<DemoMissingGenerator.MissingChild> uascChildren() {
        List<DemoMissingGenerator.MissingChild> children = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            children.add(new DemoMissingGenerator.MissingChild(new UUID(1, i), TODAY.minusYears(14 + i % 4)
                    .minusDays(i % 200), true, TODAY.minusDays(10 + (i * 7L) % 1500)));
        }
        return children;
    }

    private static List<DemoMissingGenerator.MissingChild> children() {
        List<DemoMissingGenerator.MissingChild> children = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            children.add(new DemoMissingGenerator.MissingChild(new UUID(0, i), TODAY.minusYears(4 + i % 14)
                    .minusDays(i % 300), i % 25 == 0, TODAY.minusYears(2)));
        }
        return children;
    }

    @Test
    void aRealisticShareOfChildrenGoMissingOftenRepeatedlyWithoutOverlaps() {
        List<NewMissingEpisode> episodes = new DemoMissingGenerator(42, TODAY).of(children());
        assertThat(new DemoMissingGenerator(42, TODAY).of(children())).hasSameSizeAs(episodes);
        Map<UUID, List<NewMissingEpisode>> byChild = episodes.stream()
                .collect(Collectors.groupingBy(NewMissingEpisode::childId));
        // England: about 11-12% of children looked after go missing in a year
        assertThat(byChild.size()).isBetween(160, 320);
        assertThat(byChild.values().stream().filter(l -> l.size() > 1).count()).isGreaterThan(byChild.size() / 3);
        for (List<NewMissingEpisode> list : byChild.values()) {
            List<NewMissingEpisode> sorted = list.stream().sorted(Comparator.comparing(NewMissingEpisode::startedAt))
                    .toList();
            for (int i = 0; i < sorted.size(); i++) {
                NewMissingEpisode e = sorted.get(i);
                assertThat(e.startedAt()).isBefore(TODAY.atStartOfDay(java.time.ZoneId.of("Europe/London"))
                        .toInstant().plusSeconds(1));
                if (i + 1 < sorted.size()) {
                    assertThat(e.endedAt()).isNotNull().isBefore(sorted.get(i + 1).startedAt());
                }
            }
        }
        List<NewMissingEpisode.Interview> interviews = episodes.stream().map(NewMissingEpisode::interview)
                .filter(java.util.Objects::nonNull).toList();
        long onTime = episodes.stream().filter(e -> e.interview() != null && !e.interview().offeredAt()
                .isAfter(e.endedAt().plus(Duration.ofHours(72)))).count();
        assertThat(onTime).isGreaterThan(episodes.size() * 7L / 10);
        assertThat(interviews).anyMatch(i -> i.response() == InterviewResponse.DECLINED);
        assertThat(episodes).filteredOn(NewMissingEpisode::uasc).isNotEmpty()
                .allSatisfy(e -> assertThat(e.steps()).hasSize(5));
        assertThat(episodes).filteredOn(e -> !e.uasc()).allSatisfy(e -> assertThat(e.steps()).isEmpty());
    }

    @Test
    void addingTheDecisionsLeavesTheEpisodesAsTheyWereAndIsRepeatable() {
        DemoMissingGenerator.Missing made = new DemoMissingGenerator(42, TODAY).all(children(), RULES, "Demo Council");
        assertThat(made.episodes()).isEqualTo(new DemoMissingGenerator(42, TODAY).of(children()));
        DemoMissingGenerator.Missing again = new DemoMissingGenerator(42, TODAY).all(children(), RULES,
                "Demo Council");
        assertThat(again.discussions()).isEqualTo(made.discussions());
        assertThat(again.ageAssessments()).isEqualTo(made.ageAssessments());
        assertThat(again.transfers()).isEqualTo(made.transfers());
    }

    @Test
    void childrenOverTheTriggerMostlyHaveAStrategyDiscussionInTimeAndAFewAreStillOutstanding() {
        DemoMissingGenerator.Missing made = new DemoMissingGenerator(42, TODAY).all(children(), RULES, "Demo Council");
        Map<UUID, List<java.time.Instant>> starts = made.episodes().stream().collect(Collectors.groupingBy(
                NewMissingEpisode::childId, Collectors.mapping(NewMissingEpisode::startedAt, Collectors.toList())));
        Map<UUID, List<LocalDate>> held = made.discussions().stream().collect(Collectors.groupingBy(
                NewStrategyDiscussion::childId, Collectors.mapping(NewStrategyDiscussion::heldOn,
                        Collectors.toList())));
        int triggered = 0;
        int firstInTime = 0;
        int outstanding = 0;
        for (Map.Entry<UUID, List<java.time.Instant>> child : starts.entrySet()) {
            var fired = MissingPatterns.strategyTrigger(child.getValue(), null, 3, Period.ofDays(30));
            List<LocalDate> days = held.getOrDefault(child.getKey(), List.of()).stream().sorted().toList();
            if (fired.isEmpty()) {
                // no pattern, no discussion: the generator answers the trigger, not the episodes as such
                assertThat(days).isEmpty();
                continue;
            }
            triggered++;
            LocalDate firedOn = fired.get().atZone(LONDON).toLocalDate();
            LocalDate due = CALENDAR.after(firedOn, 5).date();
            if (!days.isEmpty() && !days.get(0).isBefore(firedOn) && !days.get(0).isAfter(due)) {
                firstInTime++;
            }
            // every discussion answers a firing: none held before the pattern
            days.forEach(d -> assertThat(d).isAfterOrEqualTo(firedOn).isBeforeOrEqualTo(TODAY));
            LocalDate last = days.isEmpty() ? null : days.get(days.size() - 1);
            if (MissingPatterns.strategyTrigger(child.getValue(), last, 3, Period.ofDays(30)).isPresent()) {
                outstanding++;
            }
        }
        assertThat(triggered).isGreaterThan(30);
        assertThat(firstInTime).isBetween(triggered * 3 / 4, triggered * 95 / 100);
        // a few prompts left for managers' worklists, not every child with repeated episodes
        assertThat(outstanding).isPositive().isLessThan(triggered / 4);
        assertThat(made.discussions()).allSatisfy(d -> {
            assertThat(d.attendees()).contains("allocated social worker");
            assertThat(d.decision()).isNotBlank();
        });
    }

    @Test
    void unaccompaniedChildrenMostlyHaveAnAgeAssessmentMostlyAgeAccepted() {
        List<DemoMissingGenerator.MissingChild> children = uascChildren();
        DemoMissingGenerator.Missing made = new DemoMissingGenerator(7, TODAY).all(children, RULES, "Demo Council");
        Map<UUID, DemoMissingGenerator.MissingChild> byId = children.stream().collect(Collectors.toMap(
                DemoMissingGenerator.MissingChild::id, c -> c));
        assertThat(made.ageAssessments()).hasSizeBetween(children.size() * 85 / 100, children.size() - 1)
                .extracting(NewAgeAssessment::childId).doesNotHaveDuplicates();
        Map<AgeAssessmentStatus, Long> statuses = made.ageAssessments().stream().collect(Collectors.groupingBy(
                NewAgeAssessment::status, Collectors.counting()));
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(AgeAssessmentStatus.values());
        assertThat(statuses.get(AgeAssessmentStatus.AGE_ACCEPTED)).isGreaterThan(statuses.values().stream()
                .mapToLong(Long::longValue).sum() * 3 / 10);
        assertThat(statuses.get(AgeAssessmentStatus.AGE_DISPUTED)).isLessThan(made.ageAssessments().size() / 8);
        for (NewAgeAssessment a : made.ageAssessments()) {
            if (a.status() == AgeAssessmentStatus.PLANNED) {
                assertThat(a.statusOn()).isAfter(TODAY);
            } else {
                assertThat(a.statusOn()).isBeforeOrEqualTo(TODAY)
                        .isAfterOrEqualTo(byId.get(a.childId()).inCareSince());
            }
            if (a.status().completed()) {
                assertThat(a.outcomeNote()).isNotBlank(); // as the page requires
            }
        }
        // only unaccompanied children
        assertThat(new DemoMissingGenerator(7, TODAY).all(children(), RULES, "Demo Council").ageAssessments())
                .allSatisfy(a -> assertThat(a.childId().getLeastSignificantBits() % 25).isZero());
    }

    @Test
    void nationalTransfersKeepToTheSchemesWorkingDays() {
        List<DemoMissingGenerator.MissingChild> children = uascChildren();
        DemoMissingGenerator.Missing made = new DemoMissingGenerator(7, TODAY).all(children, RULES, "Demo Council");
        Map<UUID, DemoMissingGenerator.MissingChild> byId = children.stream().collect(Collectors.toMap(
                DemoMissingGenerator.MissingChild::id, c -> c));
        List<NewNationalTransfer> transfers = made.transfers();
        assertThat(transfers).hasSizeBetween(children.size() / 8, children.size() / 2)
                .extracting(NewNationalTransfer::childId).doesNotHaveDuplicates();
        List<NewNationalTransfer> transferred = transfers.stream()
                .filter(t -> t.outcome() == TransferOutcome.TRANSFERRED).toList();
        assertThat(transferred).isNotEmpty().anyMatch(NewNationalTransfer::fromHotel)
                .anyMatch(t -> !t.fromHotel());
        assertThat(transfers).anyMatch(t -> t.outcome() == TransferOutcome.NOT_TRANSFERRED)
                .noneMatch(t -> t.outcome() == TransferOutcome.PENDING);
        long inTime = 0;
        for (NewNationalTransfer t : transfers) {
            DemoMissingGenerator.MissingChild child = byId.get(t.childId());
            assertThat(t.outcomeOn()).isAfter(t.referredOn()).isBeforeOrEqualTo(TODAY);
            assertThat(child.inCareSince()).isAfter(TODAY.minusYears(4));
            if (t.outcome() == TransferOutcome.TRANSFERRED) {
                // transferred to this council: the transfer is the day they came into its care
                assertThat(t.toAuthority()).isEqualTo("Demo Council");
                assertThat(t.outcomeOn()).isEqualTo(child.inCareSince());
                LocalDate due = CALENDAR.after(t.referredOn(), t.fromHotel() ? 5 : 10).date();
                if (!t.outcomeOn().isAfter(due)) {
                    inTime++;
                }
            } else {
                // referred on by this council and stopped, with the reason the page requires
                assertThat(t.fromAuthority()).isEqualTo("Demo Council");
                assertThat(t.referredOn()).isAfter(child.inCareSince());
                assertThat(t.note()).isNotBlank();
            }
        }
        assertThat(inTime).isBetween(transferred.size() * 3L / 4, transferred.size() - 1L);
    }
}
