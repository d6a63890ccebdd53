package org.hearth.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The module's timescales and the strategy discussion trigger, without storage. */
class MissingRulesTest {

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(MissingRules.LONDON).toInstant();
    }

    @Test
    void theReturnHomeInterviewIsDue72HoursAfterReturnAcrossTheClockChange() {
        assertThat(MissingRules.returnInterviewDue(at(11, 25, 22, 30), 72)).isEqualTo(at(11, 28, 22, 30));
        // 72 elapsed hours: the clocks went back on 25 Oct 2026, so the wall-clock time is an hour earlier
        assertThat(MissingRules.returnInterviewDue(at(10, 24, 12, 0), 72)).isEqualTo(at(10, 27, 11, 0));
    }

    @Test
    void protocolStepsAreDueTheirHoursAfterTheChildWentMissing() {
        assertThat(MissingRules.stepDue(at(11, 25, 22, 30), 1)).isEqualTo(at(11, 25, 23, 30));
        assertThat(MissingRules.stepDue(at(11, 25, 22, 30), 48)).isEqualTo(at(11, 27, 22, 30));
    }

    @Test
    void countsEpisodesStartedInTheLast30And90Days() {
        Instant now = at(11, 26, 10, 0);
        List<Instant> starts = List.of(at(11, 25, 9, 0), at(10, 28, 10, 0), at(10, 27, 9, 59), at(8, 28, 11, 0),
                at(8, 27, 9, 0), at(11, 26, 11, 0));
        // 30 days back is 27 Oct 10:00 (9:59 is before it), 90 days back 28 Aug 10:00; after now is not counted
        assertThat(MissingRules.startedWithin(starts, now, 30)).isEqualTo(2);
        assertThat(MissingRules.startedWithin(starts, now, 90)).isEqualTo(4);
    }

    @Test
    void theTriggerFiresOnTheThirdEpisodeWithin30Days() {
        Period within = Period.ofDays(30);
        List<Instant> two = List.of(at(11, 1, 20, 0), at(11, 10, 20, 0));
        assertThat(MissingRules.strategyTrigger(two, null, 3, within)).isEmpty();
        List<Instant> spread = List.of(at(9, 1, 20, 0), at(10, 5, 20, 0), at(11, 10, 20, 0));
        assertThat(MissingRules.strategyTrigger(spread, null, 3, within)).isEmpty();
        List<Instant> three = List.of(at(11, 20, 20, 0), at(11, 1, 20, 0), at(11, 10, 20, 0), at(11, 24, 1, 0));
        assertThat(MissingRules.strategyTrigger(three, null, 3, within)).contains(at(11, 20, 20, 0));
        assertThat(MissingRules.strategyTrigger(three, null, 4, within)).contains(at(11, 24, 1, 0));
    }

    @Test
    void aStrategyDiscussionAnswersThePatternSoFarAndANewPatternPromptsAnother() {
        Period within = Period.ofDays(30);
        List<Instant> starts = List.of(at(11, 1, 20, 0), at(11, 10, 20, 0), at(11, 20, 20, 0), at(11, 24, 1, 0));
        assertThat(MissingRules.strategyTrigger(starts, LocalDate.of(2026, 11, 21), 3, within)).isEmpty();
        List<Instant> more = List.of(at(11, 1, 20, 0), at(11, 10, 20, 0), at(11, 20, 20, 0), at(11, 22, 1, 0),
                at(11, 23, 1, 0), at(11, 25, 1, 0));
        assertThat(MissingRules.strategyTrigger(more, LocalDate.of(2026, 11, 21), 3, within))
                .contains(at(11, 25, 1, 0));
    }
}
