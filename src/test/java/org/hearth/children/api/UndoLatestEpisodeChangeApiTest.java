package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/v1/children/{id}/episodes/undo: take back the latest episode change recorded in error. */
class UndoLatestEpisodeChangeApiTest extends IntegrationTest {

    private static final LocalDate STARTED = LocalDate.of(2025, 6, 2);
    private static final LocalDate MOVED = LocalDate.of(2026, 1, 10);

    UUID child;

    @BeforeEach
    void aChildWhoMovedPlacement() {
        child = data.startCare(data.aChild().create(), STARTED);
        data.record(child, new EpisodeCommand(EpisodeCommandType.CHANGE_PLACEMENT, MOVED, null, null, "U4", "PR4",
                data.otherFosterHousehold, null, null, "CARPL", null));
    }

    private MockHttpServletRequestBuilder undo(UUID id, String reason) {
        return post("/api/v1/children/" + id + "/episodes/undo").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
    }

    private List<Map<String, Object>> episodes() {
        return data.ownerJdbc().queryForList("SELECT decom, rne, dec, rec, reason_place_change FROM episode "
                + "WHERE child_id = ? ORDER BY decom", child);
    }

    @Test
    void signedOutCallersAreRefused() throws Exception {
        mvc.perform(undo(child, "wrong date")).andExpect(status().isUnauthorized());
        assertThat(episodes()).hasSize(2);
    }

    @Test
    void rolesThatDoNotRecordEpisodesAreRefused() throws Exception {
        for (UUID user : new UUID[] {data.performance, data.iro, data.admin, data.personalAdviser}) {
            mvc.perform(undo(child, "wrong date").with(data.as(user))).andExpect(status().isForbidden());
        }
        assertThat(episodes()).hasSize(2);
    }

    @Test
    void aWorkerWhoCannotSeeTheChildIsRefusedAndItIsLogged() throws Exception {
        mvc.perform(undo(child, "wrong date").with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        assertThat(episodes()).hasSize(2);
        assertThat(ApiTestSupport.logRows(data, child, data.otherWorker, "CHANGE", "DENIED")).isEqualTo(1);
    }

    @Test
    void anUnknownChildIsNotFound() throws Exception {
        mvc.perform(undo(UUID.randomUUID(), "wrong date").with(data.as(data.worker))).andExpect(status().isNotFound());
    }

    @Test
    void undoingAPlacementChangeRemovesTheNewEpisodeAndReopensThePrevious() throws Exception {
        mvc.perform(undo(child, "Recorded the wrong carers").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].rne").value("S"))
                .andExpect(jsonPath("$[0].dec").doesNotExist());
        assertThat(episodes()).singleElement().satisfies(e -> assertThat(e).containsEntry("dec", null)
                .containsEntry("rec", null).containsEntry("reason_place_change", null));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND "
                + "what LIKE 'undid the latest episode change: Recorded the wrong carers'", Long.class, child))
                .isEqualTo(1);
    }

    @Test
    void undoingAnEndOfCareReopensTheEpisode() throws Exception {
        data.record(child, new EpisodeCommand(EpisodeCommandType.END_CARE, LocalDate.of(2026, 5, 1), null, null,
                null, null, null, null, null, null, "E4A"));
        mvc.perform(undo(child, "Care has not ended").with(data.as(data.worker))).andExpect(status().isOk());
        assertThat(episodes()).hasSize(2).last().satisfies(e -> assertThat(e).containsEntry("dec", null));
    }

    @Test
    void undoingTheStartOfCareLeavesNoEpisode() throws Exception {
        mvc.perform(undo(child, "wrong carers").with(data.as(data.worker))).andExpect(status().isOk());
        mvc.perform(undo(child, "wrong child").with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(undo(child, "again").with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("episodes"));
    }

    @Test
    void aReasonIsRequiredAndNothingChangesWithoutOne() throws Exception {
        int version = ApiTestSupport.version(data, child);
        mvc.perform(undo(child, null).with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(episodes()).hasSize(2);
        assertThat(ApiTestSupport.version(data, child)).isEqualTo(version);
    }

    @Test
    void aStaleIfMatchIsRefusedAndNothingChanges() throws Exception {
        int version = ApiTestSupport.version(data, child);
        mvc.perform(undo(child, "wrong date").header("If-Match", ApiTestSupport.etag(version - 1))
                .with(data.as(data.worker))).andExpect(status().isPreconditionFailed());
        assertThat(episodes()).hasSize(2);
        mvc.perform(undo(child, "wrong date").header("If-Match", ApiTestSupport.etag(version))
                .with(data.as(data.worker))).andExpect(status().isOk());
    }
}
