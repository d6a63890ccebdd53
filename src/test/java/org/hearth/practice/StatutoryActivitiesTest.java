package org.hearth.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.hearth.practice.internal.ActivityService;
import org.hearth.shared.InvalidInputException;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The query API the drift engine reads, and the bulk load the demo data uses. */
class StatutoryActivitiesTest extends IntegrationTest {

    private static final LocalDate BORN = LocalDate.of(2014, 3, 14);

    @Autowired
    StatutoryActivities activities;

    @Autowired
    ActivityService service;

    UUID amara;
    UUID ben;

    @BeforeEach
    void twoChildren() {
        amara = data.aChild().born(BORN).create();
        ben = data.aChild().born(BORN).create();
    }

    private NewActivity visit(UUID child, String date, String seen) {
        return new NewActivity(child, BORN, ActivityKind.VISIT, LocalDate.parse(date),
                Map.of("seen", seen, "location", "PLACEMENT"));
    }

    @Test
    void historiesAreOldestFirstPerChildWithTypedDetails() {
        activities.load(List.of(visit(amara, "2026-10-01", "SEEN_ALONE"),
                new NewActivity(ben, BORN, ActivityKind.VISIT, LocalDate.of(2026, 9, 1),
                        Map.of("seen", "NOT_SEEN", "notSeenReason", "Asleep", "location", "PLACEMENT")),
                visit(amara, "2026-06-01", "SEEN")), data.head);
        UUID nobody = UUID.randomUUID();

        Map<UUID, List<ActivityView>> histories = activities.historiesOf(List.of(amara, ben, nobody));

        assertThat(histories.get(amara)).extracting(ActivityView::date)
                .containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 1));
        assertThat(histories.get(amara)).allMatch(ActivityView::childSeen);
        assertThat(histories.get(ben)).singleElement().satisfies(a -> {
            assertThat(a.childSeen()).isFalse();
            assertThat(a.detail("notSeenReason")).isEqualTo("Asleep");
            assertThat(a.recordedBy()).isEqualTo(data.head);
        });
        assertThat(histories.get(nobody)).isEmpty();
        assertThat(activities.historyOf(amara)).hasSize(2);
    }

    @Test
    void recordedInErrorIsLeftOut() {
        var user = data.currentUser(data.worker);
        var saved = service.record(user, amara, ActivityKind.HEALTH_ASSESSMENT, new ActivityService.Input(
                LocalDate.of(2026, 5, 1), Map.of("type", "INITIAL"), List.of()));
        service.correct(user, amara, ActivityKind.HEALTH_ASSESSMENT, saved.id(), new ActivityService.Input(
                LocalDate.of(2026, 5, 1), Map.of("type", "INITIAL"), List.of()), true, "Wrong child", 0);

        assertThat(activities.historyOf(amara)).isEmpty();
        List<List<ActivityView>> streamed = new ArrayList<>();
        activities.forEachHistory(streamed::add);
        assertThat(streamed).isEmpty();
    }

    @Test
    void historiesOfManyChildrenAreReadInChunks() {
        List<UUID> children = new ArrayList<>(IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID()).toList());
        children.add(amara);
        // more ids than one chunk holds, all answered
        IntStream.range(0, 2_500).forEach(i -> children.add(UUID.randomUUID()));
        activities.load(List.of(visit(amara, "2026-10-01", "SEEN")), data.head);

        Map<UUID, List<ActivityView>> histories = activities.historiesOf(children);

        assertThat(histories).hasSize(children.size());
        assertThat(histories.get(amara)).hasSize(1);
    }

    @Test
    void streamsEveryChildsHistoryOneChildAtATimeInChildOrder() {
        List<NewActivity> load = new ArrayList<>();
        List<UUID> children = new ArrayList<>(List.of(amara, ben));
        for (int c = 0; c < 3; c++) {
            children.add(data.aChild().born(BORN).create());
        }
        for (UUID child : children) {
            for (int month = 1; month <= 10; month++) {
                load.add(visit(child, "2026-%02d-15".formatted(month), "SEEN"));
            }
            load.add(new NewActivity(child, BORN, ActivityKind.REVIEW, LocalDate.of(2026, 3, 1),
                    Map.of("participation", "PN1", "chair", "Jo")));
        }
        assertThat(activities.load(load, data.head)).isEqualTo(55);

        List<List<ActivityView>> streamed = new ArrayList<>();
        activities.forEachHistory(streamed::add);

        assertThat(streamed).hasSize(5);
        assertThat(streamed).allSatisfy(history -> {
            assertThat(history).hasSize(11);
            assertThat(history).extracting(ActivityView::childId).containsOnly(history.get(0).childId());
            assertThat(history).extracting(ActivityView::date).isSorted();
        });
        assertThat(streamed).extracting(h -> h.get(0).childId().toString()).isSorted()
                .containsExactlyInAnyOrderElementsOf(children.stream().map(UUID::toString).toList());
    }

    @Test
    void aBulkLoadChecksEachActivityByItsRulesAndLoadsNothingOnARefusal() {
        assertThatThrownBy(() -> activities.load(List.of(visit(amara, "2026-10-01", "SEEN"),
                new NewActivity(ben, BORN, ActivityKind.SDQ, LocalDate.of(2026, 10, 1), Map.of("score", "50"))),
                data.head))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activities[1].score");
        assertThat(data.count("statutory_activity")).isZero();
    }
}
