package org.hearth.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.supervision.api.SupervisionApiSupport.body;
import static org.hearth.supervision.api.SupervisionApiSupport.postJson;
import static org.hearth.supervision.api.SupervisionApiSupport.reflectiveSections;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.supervision.ChildDiscussedInSupervision;
import org.hearth.supervision.SupervisionRecords;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** POST /api/v1/supervision-sessions: a worker's one-to-one supervision by their team manager. */
@RecordApplicationEvents
class RecordOneToOneSupervisionApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    SupervisionRecords records;

    UUID first;
    UUID second;

    @BeforeEach
    void twoChildren() {
        first = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        second = data.startCare(data.aChild().named("Leo", "Grant").create(), LocalDate.of(2025, 6, 2));
    }

    private Map<String, Object> aSession() {
        return body("date", "2026-11-20", "durationMinutes", 95, "superviseeId", data.worker.toString(),
                "childIds", List.of(first.toString(), second.toString()), "sections", reflectiveSections(),
                "actions", List.of(body("childId", second.toString(), "what", "Book the PEP",
                        "ownerId", data.worker.toString(), "dueBy", "2026-12-01")));
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(postJson("/api/v1/supervision-sessions", aSession()).with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void workersAndPerformanceOfficersDoNotRecordIt() throws Exception {
        for (UUID user : new UUID[] {data.worker, data.performance, data.iro}) {
            mvc.perform(postJson("/api/v1/supervision-sessions", aSession()).with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherTeamsManagerCannotSuperviseTheWorker() throws Exception {
        Map<String, Object> body = aSession();
        body.put("childIds", List.of());
        body.put("actions", List.of());
        mvc.perform(postJson("/api/v1/supervision-sessions", body).with(data.as(data.southManager)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("superviseeId"));
    }

    @Test
    void anUnknownSessionIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/supervision-sessions/" + UUID.randomUUID()).with(data.as(data.manager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void recordsTheSessionWithAnEventPerChildAndTheWorkersLastSessionDate() throws Exception {
        String location = mvc.perform(postJson("/api/v1/supervision-sessions", aSession())
                .with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ONE_TO_ONE"))
                .andExpect(jsonPath("$.teamId").value(data.northTeam.toString()))
                .andExpect(jsonPath("$.childIds.length()").value(2))
                .andExpect(jsonPath("$.actions[0].childId").value(second.toString()))
                .andReturn().getResponse().getHeader("Location");
        assertThat(events.stream(ChildDiscussedInSupervision.class)).hasSize(2)
                .anySatisfy(e -> assertThat(e.decisions()).hasSize(1));
        assertThat(records.supervisionArrangements()).anySatisfy(d -> {
            assertThat(d.workerId()).isEqualTo(data.worker);
            assertThat(d.lastSessionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
        // the supervisee reads it; a worker of another team does not
        mvc.perform(get(location).with(data.as(data.worker))).andExpect(status().isOk());
        mvc.perform(get(location).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
    }

    @Test
    void anActionMustBeForAChildDiscussed() throws Exception {
        Map<String, Object> body = aSession();
        body.put("childIds", List.of(first.toString()));
        mvc.perform(postJson("/api/v1/supervision-sessions", body).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actions[0].childId"));
        assertThat(data.count("supervision_session")).isZero();
    }
}
