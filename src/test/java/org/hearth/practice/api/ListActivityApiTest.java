package org.hearth.practice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.practice.api.PracticeApiSupport.aVisit;
import static org.hearth.practice.api.PracticeApiSupport.body;
import static org.hearth.practice.api.PracticeApiSupport.logRows;
import static org.hearth.practice.api.PracticeApiSupport.recorded;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET /api/v1/children/{id}/{kind}: the child's activity of one kind, newest first. */
class ListActivityApiTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aChildWithTwoVisitsAndAReview() throws Exception {
        child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        recorded(mvc, data, child, "visits", body("date", "2026-08-01", "seen", "SEEN", "location", "SCHOOL"));
        recorded(mvc, data, child, "visits", aVisit());
        recorded(mvc, data, child, "reviews", body("date", "2026-09-01", "participation", "PN1", "chair", "Jo"));
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get("/api/v1/children/" + child + "/visits"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAdministratorSeesNoChild() throws Exception {
        mvc.perform(get("/api/v1/children/" + child + "/visits").with(data.as(data.admin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWorkerOfAnotherTeamIsRefusedAndTheRefusalIsLogged() throws Exception {
        mvc.perform(get("/api/v1/children/" + child + "/visits").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.otherWorker, "VIEW", "DENIED")).isEqualTo(1);
    }

    @Test
    void anUnknownChildOrKindIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/children/" + UUID.randomUUID() + "/visits").with(data.as(data.head)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/children/" + child + "/picnics").with(data.as(data.head)))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsTheKindNewestFirstAndLogsTheView() throws Exception {
        mvc.perform(get("/api/v1/children/" + child + "/visits").with(data.as(data.performance)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].date").value("2026-11-20"))
                .andExpect(jsonPath("$[1].date").value("2026-08-01"))
                .andExpect(jsonPath("$[1].location").value("SCHOOL"));
        assertThat(logRows(data, child, data.performance, "VIEW", "ALLOWED")).isEqualTo(1);
        mvc.perform(get("/api/v1/children/" + child + "/care-plans").with(data.as(data.worker)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
