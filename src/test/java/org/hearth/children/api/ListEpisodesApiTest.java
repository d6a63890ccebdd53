package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hearth.children.api.ApiTestSupport.logRows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET /api/v1/children/{id}/episodes: the child's episodes of care, oldest first. */
class ListEpisodesApiTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aChildWithThreeEpisodes() {
        child = data.aChild().create();
        data.startCare(child, LocalDate.of(2025, 1, 10));
        data.record(child, new EpisodeCommand(EpisodeCommandType.CHANGE_PLACEMENT, LocalDate.of(2025, 6, 1), null,
                null, "U4", "PR4", data.otherFosterHousehold, null, null, "CARPL", null));
        data.record(child, new EpisodeCommand(EpisodeCommandType.CHANGE_LEGAL_STATUS, LocalDate.of(2025, 9, 1), "C2",
                null, null, null, null, null, null, null, null));
    }

    private String url(Object id) {
        return "/api/v1/children/" + id + "/episodes";
    }

    @Test
    void withoutSigningInIsRefusedWithAProblem() throws Exception {
        mvc.perform(get(url(child)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void administratorsAreRefusedByRoleAndTheRefusalIsLogged() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.admin)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(logRows(data, child, data.admin, "VIEW", "DENIED")).isEqualTo(1);
    }

    @Test
    void aSocialWorkerOfAnotherTeamIsRefusedByTheRecordRuleAndTheRefusalIsLogged() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$[0]").doesNotExist());
        assertThat(logRows(data, child, data.otherWorker, "VIEW", "DENIED")).isEqualTo(1);
        assertThat(logRows(data, child, data.otherWorker, "VIEW", "ALLOWED")).isZero();
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get(url(UUID.randomUUID())).with(data.as(data.worker)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(url("not-an-id")).with(data.as(data.worker)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsTheEpisodesOldestFirst() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$[*].decom").value(contains("2025-01-10", "2025-06-01", "2025-09-01")))
                .andExpect(jsonPath("$[*].rne").value(contains("S", "P", "L")))
                .andExpect(jsonPath("$[*].ls").value(contains("C1", "C1", "C2")))
                .andExpect(jsonPath("$[*].place").value(contains("U6", "U4", "U4")))
                .andExpect(jsonPath("$[0].cin").value("N1"))
                .andExpect(jsonPath("$[0].placeProvider").value("PR1"))
                .andExpect(jsonPath("$[0].carerId").value(data.fosterHousehold.toString()))
                .andExpect(jsonPath("$[0].carerName").value("Mr and Mrs Okafor"))
                .andExpect(jsonPath("$[0].plPost").value("LU5 4QQ"))
                .andExpect(jsonPath("$[0].dec").value("2025-06-01"))
                .andExpect(jsonPath("$[0].rec").value("X1"))
                .andExpect(jsonPath("$[0].reasonPlaceChange").value("CARPL"))
                .andExpect(jsonPath("$[1].carerName").value("Ms Hughes"))
                .andExpect(jsonPath("$[1].urn").value("1234567"))
                .andExpect(jsonPath("$[1].dec").value("2025-09-01"))
                .andExpect(jsonPath("$[1].rec").value("X1"))
                .andExpect(jsonPath("$[1].reasonPlaceChange").doesNotExist())
                .andExpect(jsonPath("$[2].dec").doesNotExist())
                .andExpect(jsonPath("$[2].rec").doesNotExist());
    }

    @Test
    void aChildNeverInCareHasNoEpisodes() throws Exception {
        UUID never = data.aChild().create();
        mvc.perform(get(url(never)).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").value(empty()));
    }

    @Test
    void theLookIsLogged() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.manager))).andExpect(status().isOk());
        assertThat(logRows(data, child, data.manager, "VIEW", "ALLOWED")).isEqualTo(1);
        assertThat(data.ownerJdbc().queryForObject(
                "SELECT what FROM access_log WHERE child_id = ? AND user_id = ?", String.class, child, data.manager))
                .isEqualTo("episode history (API)");
    }

    @Test
    void everyReadingRoleThatCanSeeTheChildGetsTheList() throws Exception {
        for (UUID user : new UUID[] {data.worker, data.manager, data.iro, data.head, data.performance}) {
            mvc.perform(get(url(child)).with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(3));
        }
    }
}
