package org.hearth.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.supervision.api.SupervisionApiSupport.aDecision;
import static org.hearth.supervision.api.SupervisionApiSupport.body;
import static org.hearth.supervision.api.SupervisionApiSupport.json;
import static org.hearth.supervision.api.SupervisionApiSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.DecisionStatusChanged;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** PATCH /api/v1/children/{id}/decisions/{decisionId}: done or superseded, with If-Match; the old version kept. */
@RecordApplicationEvents
class ChangeDecisionStatusApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;
    UUID decision;

    @BeforeEach
    void aDecisionOnAChild() throws Exception {
        child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        String location = mvc.perform(postJson("/api/v1/children/" + child + "/decisions", aDecision(data.worker))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        decision = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder change(Object body) {
        return patch("/api/v1/children/" + child + "/decisions/" + decision).contentType(MediaType.APPLICATION_JSON)
                .content(json(body));
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(change(body("status", "DONE")).header("If-Match", "\"0\"").with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void performanceOfficersAndOtherTeamsAreRefused() throws Exception {
        mvc.perform(change(body("status", "DONE")).header("If-Match", "\"0\"").with(data.as(data.performance))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(change(body("status", "DONE")).header("If-Match", "\"0\"").with(data.as(data.otherWorker))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownDecisionIsNotFound() throws Exception {
        mvc.perform(patch("/api/v1/children/" + child + "/decisions/" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).content(json(body("status", "DONE")))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void needsIfMatchAndRefusesAStaleOne() throws Exception {
        mvc.perform(change(body("status", "DONE")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(change(body("status", "DONE")).header("If-Match", "\"3\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isPreconditionFailed());
    }

    @Test
    void marksItDoneKeepingTheOpenVersionAndPublishesTheEvent() throws Exception {
        mvc.perform(change(body("status", "DONE", "note", "Weekly from 1 December"))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.statusChangedBy").value(data.worker.toString()));
        assertThat(data.count("decision_version")).isEqualTo(1);
        assertThat(events.stream(DecisionStatusChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(DecisionStatus.DONE));
        // done is final
        mvc.perform(change(body("status", "SUPERSEDED", "note", "x")).header("If-Match", "\"1\"")
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        mvc.perform(change(body("status", "OPEN")).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(change(body("status", "SUPERSEDED")).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(data.count("decision_version")).isZero();
    }
}
