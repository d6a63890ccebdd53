package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.missing.InterviewResponse;
import org.hearth.missing.NewMissingEpisode;
import org.junit.jupiter.api.Test;

/** The demo's missing episodes: repeatable, a realistic share of children, no overlaps, protocol steps for UASC. */
class DemoMissingGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

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
}
