package org.hearth.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.supervision.api.SupervisionApiSupport.aDecision;
import static org.hearth.supervision.api.SupervisionApiSupport.logRows;
import static org.hearth.supervision.api.SupervisionApiSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.supervision.DecisionRecorded;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** POST /api/v1/children/{id}/decisions (and reading them back): the child's decision log. */
@RecordApplicationEvents
class RecordDecisionApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;

    @BeforeEach
    void aChildInCare() {
        child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
    }

    private String path() {
        return "/api/v1/children/" + child + "/decisions";
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(postJson(path(), aDecision(data.worker)).with(csrf())).andExpect(status().isUnauthorized());
        assertThat(data.count("decision")).isZero();
    }

    @Test
    void rolesThatDoNotRecordAreRefused() throws Exception {
        for (UUID user : new UUID[] {data.performance, data.admin}) {
            mvc.perform(postJson(path(), aDecision(data.worker)).with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(data.count("decision")).isZero();
    }

    @Test
    void aWorkerOfAnotherTeamIsRefusedAndTheRefusalIsLogged() throws Exception {
        mvc.perform(postJson(path(), aDecision(data.worker)).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(logRows(data, child, data.otherWorker, "CHANGE", "DENIED")).isEqualTo(1);
        assertThat(data.count("decision")).isZero();
    }

    @Test
    void anUnknownChildIsNotFound() throws Exception {
        mvc.perform(postJson("/api/v1/children/" + UUID.randomUUID() + "/decisions", aDecision(data.worker))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void recordsADecisionOpenWithItsOwnerAndDueDateAndPublishesTheEvent() throws Exception {
        mvc.perform(postJson(path(), aDecision(data.worker)).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.dueBy").value("2026-12-10"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.source").value("MANUAL"));
        assertThat(logRows(data, child, data.manager, "CHANGE", "ALLOWED")).isEqualTo(1);
        assertThat(events.stream(DecisionRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.childId()).isEqualTo(child);
            assertThat(e.ownerId()).isEqualTo(data.worker);
            assertThat(e.dueBy()).isEqualTo(LocalDate.of(2026, 12, 10));
        });
        mvc.perform(get(path()).with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].what").value("Increase family time with her brother to weekly"));
    }

    @Test
    void anOpenDecisionPastItsDateIsOverdue() throws Exception {
        Map<String, Object> late = aDecision(data.worker);
        late.put("decidedOn", "2026-10-01");
        late.put("dueBy", "2026-11-01");
        mvc.perform(postJson(path(), late).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(true));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        refused("what", "");
        refused("decidedBy", null);
        refused("decidedOn", "2026-12-01");
        refused("decidedOn", "not a date");
        refused("dueBy", "2026-11-01");
        refused("ownerId", UUID.randomUUID().toString());
    }

    private void refused(String field, Object value) throws Exception {
        Map<String, Object> body = aDecision(data.worker);
        body.put(field, value);
        mvc.perform(postJson(path(), body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(data.count("decision")).isZero();
    }
}
