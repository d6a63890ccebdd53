package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.ChronologyTestSupport.entries;
import static org.hearth.chronology.ChronologyTestSupport.rows;
import static org.hearth.chronology.ChronologyTestSupport.settled;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.children.ChildHistory;
import org.hearth.children.ChildHistoryLoader;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.children.Reallocation;
import org.hearth.children.internal.EpisodeService;
import org.hearth.children.internal.ReallocationService;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Key events reach the chronology from the children module's events; nobody writes entries from another module. */
class AutomaticEntriesTest extends IntegrationTest {

    private static final LocalDate STARTED = LocalDate.of(2025, 6, 2);

    @Autowired
    EpisodeService episodes;

    @Autowired
    ReallocationService reallocations;

    @Autowired
    ChildHistoryLoader loader;

    private static List<String> titles(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("title")).toList();
    }

    private static Map<String, Object> titled(List<Map<String, Object>> rows, String title) {
        return rows.stream().filter(r -> r.get("title").equals(title)).findFirst().orElseThrow();
    }

    @Test
    void creatingARecordAndStartingCareAddEntriesLinkedToTheirSource() {
        UUID child = data.startCare(data.aChild().create(), STARTED);

        List<Map<String, Object>> rows = entries(data, child, 2);
        assertThat(titles(rows)).containsExactly("Became looked after", "Child's record created in Hearth");
        Map<String, Object> care = rows.get(0);
        assertThat(care).containsEntry("event_date", java.sql.Date.valueOf(STARTED))
                .containsEntry("category", "CARE_AND_PLACEMENT").containsEntry("significance", "KEY_EVENT")
                .containsEntry("automatic", true).containsEntry("source_record_type", "EPISODE");
        assertThat((String) care.get("description")).contains("C1 – ").contains("with Mr and Mrs Okafor");
        assertThat(rows.get(1)).containsEntry("significance", "OTHER").containsEntry("source_record_type", "CHILD");
    }

    @Test
    void aPlacementChangeAddsAKeyEventWithTheReason() {
        UUID child = data.startCare(data.aChild().create(), STARTED);
        data.record(child, new EpisodeCommand(EpisodeCommandType.CHANGE_PLACEMENT, LocalDate.of(2026, 1, 10), null,
                null, "U4", "PR4", data.otherFosterHousehold, null, null, "CARPL", null));

        Map<String, Object> moved = titled(entries(data, child, 3), "Moved placement");
        assertThat(moved).containsEntry("title", "Moved placement")
                .containsEntry("event_date", java.sql.Date.valueOf(LocalDate.of(2026, 1, 10)));
        assertThat((String) moved.get("description")).contains("Mr and Mrs Okafor").contains("to U4")
                .contains("with Ms Hughes").contains("Reason: CARPL – ");
    }

    @Test
    void legalStatusChangesAndTheEndOfCareAreKeyEvents() {
        UUID child = data.startCare(data.aChild().create(), STARTED);
        data.record(child, new EpisodeCommand(EpisodeCommandType.CHANGE_LEGAL_STATUS, LocalDate.of(2026, 2, 1), "C2",
                null, null, null, null, null, null, null, null));
        data.record(child, new EpisodeCommand(EpisodeCommandType.END_CARE, LocalDate.of(2026, 5, 1), null, null,
                null, null, null, null, null, null, "E4A"));

        List<Map<String, Object>> rows = entries(data, child, 4);
        assertThat(titles(rows)).containsExactly("Became looked after", "Legal status changed",
                "Ceased to be looked after", "Child's record created in Hearth");
        assertThat(rows.get(1)).containsEntry("category", "LEGAL").containsEntry("significance", "KEY_EVENT");
        assertThat((String) rows.get(1).get("description")).startsWith("From C1 – ").contains("to C2 – ");
        assertThat((String) rows.get(2).get("description")).startsWith("Reason: E4A – ");
    }

    @Test
    void aReallocationIsRecorded() {
        UUID child = data.aChild().create();
        reallocations.reallocate(data.currentUser(data.admin), new Reallocation(null, null,
                List.of(new Reallocation.Assignment(child, data.manager)), "Worker left"));

        assertThat(titles(entries(data, child, 2))).contains("Allocated worker changed");
        assertThat(rows(data, child).stream().filter(r -> r.get("title").equals("Allocated worker changed"))
                .findFirst().orElseThrow().get("description")).isEqualTo("Allocated worker: from Worker to Manager.");
    }

    @Test
    void undoingAChangeMarksItsEntryAsEnteredInErrorWithTheReasonAndKeepsIt() {
        UUID child = data.startCare(data.aChild().create(), STARTED);
        data.record(child, new EpisodeCommand(EpisodeCommandType.CHANGE_PLACEMENT, LocalDate.of(2026, 1, 10), null,
                null, "U4", "PR4", data.otherFosterHousehold, null, null, "CARPL", null));
        // undone at once: the undo may reach the chronology before the change does, and must win either way
        episodes.undoLatest(data.currentUser(data.worker), child, "Wrong carers", null);

        settled(data);
        Map<String, Object> moved = rows(data, child).stream().filter(r -> r.get("title").equals("Moved placement"))
                .findFirst().orElseThrow();
        assertThat(moved).containsEntry("entered_in_error", true).containsEntry("change_kind", "SOURCE_CORRECTED")
                .containsEntry("version", 2);
        assertThat(data.ownerJdbc().queryForList("SELECT change_kind FROM chronology_entry_version WHERE entry_id = ? "
                + "ORDER BY version", String.class, moved.get("id"))).containsExactly("RECORDED", "SOURCE_CORRECTED");
    }

    @Test
    void undoingAnEndOfCareCorrectsThatEntryAndEndingAgainAddsANewOne() {
        UUID child = data.startCare(data.aChild().create(), STARTED);
        EpisodeCommand end = new EpisodeCommand(EpisodeCommandType.END_CARE, LocalDate.of(2026, 5, 1), null, null,
                null, null, null, null, null, null, "E4A");
        data.record(child, end);
        entries(data, child, 3);
        episodes.undoLatest(data.currentUser(data.worker), child, "Care has not ended", null);
        settled(data);
        data.record(child, end);

        settled(data);
        List<Map<String, Object>> ended = rows(data, child).stream()
                .filter(r -> r.get("title").equals("Ceased to be looked after")).toList();
        assertThat(ended).extracting(r -> r.get("entered_in_error")).containsExactlyInAnyOrder(true, false);
        assertThat(ended.stream().filter(r -> (Boolean) r.get("entered_in_error")).findFirst().orElseThrow()
                .get("change_reason")).asString().contains("Care has not ended");
    }

    @Test
    void bulkLoadedHistoriesGetTheirKeyEventsFromOneEvent() {
        ChildHistory history = new ChildHistory(data.aChild().build(), List.of(
                new EpisodeCommand(EpisodeCommandType.START_CARE, STARTED, "C1", "N1", "U6", "PR1",
                        data.fosterHousehold, null, null, null, null),
                new EpisodeCommand(EpisodeCommandType.CHANGE_PLACEMENT, LocalDate.of(2026, 1, 10), null, null, "U4",
                        "PR4", data.otherFosterHousehold, null, null, "CARPL", null)));
        UUID child = loader.load(List.of(history), data.head, LocalDate.of(2026, 11, 26)).get(0);

        assertThat(titles(entries(data, child, 3))).containsExactly("Became looked after", "Moved placement",
                "Child's record created in Hearth");
    }
}
