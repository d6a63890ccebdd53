package org.hearth.careleavers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET and PUT /api/v1/children/{id}/rag: access, ETags, and problems naming the fields. */
class RagApiTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aCareLeaver() {
        child = CareLeaverTestSupport.formerRelevant(data, "Jade", "Morris", data.northTeam, data.worker);
    }

    private static final String OVERRIDE = """
            {"eet": {"rating": "RED", "reason": "Dropped out of college last week"}}""";

    @Test
    void signInAndTheRecordLevelRuleApply() throws Exception {
        mvc.perform(get("/api/v1/children/" + child + "/rag")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/children/" + child + "/rag").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children/" + child + "/rag").with(data.as(data.admin)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/children/" + child + "/rag").with(data.as(data.performance)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(OVERRIDE))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children/" + UUID.randomUUID() + "/rag").with(data.as(data.head)))
                .andExpect(status().isNotFound());
    }

    @Test
    void getShowsTheSuggestionWithTheRulesThatFiredAndAnETag() throws Exception {
        mvc.perform(get("/api/v1/children/" + child + "/rag").with(data.as(data.worker)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.category").value("FORMER_RELEVANT"))
                .andExpect(jsonPath("$.eet.rating").value("AMBER"))
                .andExpect(jsonPath("$.eet.rules[0].rule").value("activity-unknown"))
                .andExpect(jsonPath("$.eet.rules[0].wording").value("Main activity not known"))
                .andExpect(jsonPath("$.personalCircumstances.suggested").value("AMBER"));
    }

    @Test
    void putNeedsIfMatchAndTheCurrentVersion() throws Exception {
        mvc.perform(put("/api/v1/children/" + child + "/rag").with(data.as(data.worker)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(OVERRIDE))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/children/" + child + "/rag").with(data.as(data.worker)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(OVERRIDE))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.eet.rating").value("RED"))
                .andExpect(jsonPath("$.eet.suggested").value("AMBER"))
                .andExpect(jsonPath("$.eet.overridden").value(true))
                .andExpect(jsonPath("$.eet.reason").value("Dropped out of college last week"))
                .andExpect(jsonPath("$.history[0].givenBy").value("Worker"));
        mvc.perform(put("/api/v1/children/" + child + "/rag").with(data.as(data.worker)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(OVERRIDE))
                .andExpect(status().isPreconditionFailed()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/children/" + child + "/rag").with(data.as(data.worker)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"eet\": {\"rating\": \"GREEN\"}, \"personalCircumstances\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("eet.reason"))
                .andExpect(jsonPath("$.errors[1].field").value("personalCircumstances.rating"));
        mvc.perform(put("/api/v1/children/" + child + "/rag").with(data.as(data.worker)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"eet\": {\"rating\": \"BLUE\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eet.rating"));
    }
}
