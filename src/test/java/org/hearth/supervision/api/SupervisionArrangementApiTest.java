package org.hearth.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.supervision.api.SupervisionApiSupport.body;
import static org.hearth.supervision.api.SupervisionApiSupport.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.supervision.SupervisionRecords;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** PUT /api/v1/supervision-arrangements/{workerId}: the team manager says since when a worker is newly qualified. */
class SupervisionArrangementApiTest extends IntegrationTest {

    @Autowired
    SupervisionRecords records;

    private MockHttpServletRequestBuilder set(UUID worker, String since) {
        return put("/api/v1/supervision-arrangements/" + worker).contentType(MediaType.APPLICATION_JSON)
                .content(json(body("newlyQualifiedSince", since)));
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(set(data.worker, "2026-10-01").with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void workersAndOtherTeamsManagersAreRefused() throws Exception {
        mvc.perform(set(data.worker, "2026-10-01").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(set(data.worker, "2026-10-01").with(data.as(data.southManager)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownWorkerIsNotFound() throws Exception {
        mvc.perform(set(UUID.randomUUID(), "2026-10-01").with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theManagerSetsItAndTheDriftEngineSeesIt() throws Exception {
        mvc.perform(set(data.worker, "2026-10-01").with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(records.supervisionArrangements()).anySatisfy(d -> {
            assertThat(d.workerId()).isEqualTo(data.worker);
            assertThat(d.teamIds()).containsExactly(data.northTeam);
            assertThat(d.newlyQualifiedSince()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(d.lastSessionDate()).isNull();
        });
        // a second change must name the version it saw
        mvc.perform(set(data.worker, null).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(set(data.worker, null).header("If-Match", "\"0\"").with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(data.count("supervision_arrangement_version")).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/supervision-arrangements").with(data.as(data.manager)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].version").exists());
    }

    @Test
    void badInputNamesTheField() throws Exception {
        mvc.perform(set(data.worker, "someday").with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newlyQualifiedSince"));
    }
}
