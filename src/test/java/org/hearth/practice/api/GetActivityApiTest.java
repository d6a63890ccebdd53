package org.hearth.practice.api;

import static org.hearth.practice.api.PracticeApiSupport.aVisit;
import static org.hearth.practice.api.PracticeApiSupport.recorded;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/children/{id}/{kind}/{activityId}: one activity, its version as the ETag. */
class GetActivityApiTest extends IntegrationTest {

    UUID child;
    UUID visit;

    @BeforeEach
    void aRecordedVisit() throws Exception {
        child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        visit = recorded(mvc, data, child, "visits", aVisit());
    }

    private String path(UUID childId, String kind, Object id) {
        return "/api/v1/children/" + childId + "/" + kind + "/" + id;
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get(path(child, "visits", visit))).andExpect(status().isUnauthorized());
    }

    @Test
    void aWorkerOfAnotherTeamIsRefused() throws Exception {
        mvc.perform(get(path(child, "visits", visit)).with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get(path(child, "visits", visit)).with(data.as(data.admin))).andExpect(status().isForbidden());
    }

    @Test
    void anActivityIsFoundOnlyUnderItsOwnChildAndKind() throws Exception {
        UUID other = data.aChild().create();
        mvc.perform(get(path(other, "visits", visit)).with(data.as(data.head))).andExpect(status().isNotFound());
        mvc.perform(get(path(child, "reviews", visit)).with(data.as(data.head))).andExpect(status().isNotFound());
        mvc.perform(get(path(child, "visits", UUID.randomUUID())).with(data.as(data.head)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path(child, "visits", "not-an-id")).with(data.as(data.head)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path(UUID.randomUUID(), "visits", visit)).with(data.as(data.head)))
                .andExpect(status().isNotFound());
    }

    @Test
    void returnsTheActivityWithItsETag() throws Exception {
        mvc.perform(get(path(child, "visits", visit)).with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(visit.toString()))
                .andExpect(jsonPath("$.childId").value(child.toString()))
                .andExpect(jsonPath("$.seen").value("SEEN_ALONE"))
                .andExpect(jsonPath("$.notes").value("Played football"));
    }
}
