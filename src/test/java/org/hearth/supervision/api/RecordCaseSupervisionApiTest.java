package org.hearth.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.supervision.api.SupervisionApiSupport.aCaseSupervision;
import static org.hearth.supervision.api.SupervisionApiSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.supervision.CaseSupervisionRecorded;
import org.hearth.supervision.DecisionRecorded;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** POST /api/v1/children/{id}/supervisions: case supervision with reflective sections; actions become decisions. */
@RecordApplicationEvents
class RecordCaseSupervisionApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;

    @BeforeEach
    void aChildInCare() {
        child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
    }

    private String path() {
        return "/api/v1/children/" + child + "/supervisions";
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(postJson(path(), aCaseSupervision(data, true)).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void onlySupervisorsOfTheChildsTeamRecordIt() throws Exception {
        for (UUID user : new UUID[] {data.worker, data.iro, data.performance, data.southManager}) {
            mvc.perform(postJson(path(), aCaseSupervision(data, true)).with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(data.count("supervision_session")).isZero();
    }

    @Test
    void anUnknownChildIsNotFound() throws Exception {
        mvc.perform(postJson("/api/v1/children/" + UUID.randomUUID() + "/supervisions", aCaseSupervision(data, true))
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void recordsAReflectiveSessionWhoseActionsBecomeDecisionsAndPublishesThem() throws Exception {
        mvc.perform(postJson(path(), aCaseSupervision(data, true)).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CASE"))
                .andExpect(jsonPath("$.model").value("KOLB_4X4X4"))
                .andExpect(jsonPath("$.reflectiveRecorded").value(true))
                .andExpect(jsonPath("$.minimumWords").value(20))
                .andExpect(jsonPath("$.actions[0].what").value("Start life story work"))
                .andExpect(jsonPath("$.actions[0].source").value("SUPERVISION"));
        assertThat(data.count("decision")).isEqualTo(1);
        assertThat(events.stream(DecisionRecorded.class)).hasSize(1);
        assertThat(events.stream(CaseSupervisionRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.childId()).isEqualTo(child);
            assertThat(e.reflectiveRecorded()).isTrue();
            assertThat(e.decisions()).singleElement().asString()
                    .isEqualTo("Start life story work (owner Worker, by 15 Dec 2026)");
        });
        mvc.perform(get(path()).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].sections.analysis").exists());
    }

    @Test
    void briefSectionsAreRecordedButDoNotCountAsReflective() throws Exception {
        mvc.perform(postJson(path(), aCaseSupervision(data, false)).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reflectiveRecorded").value(false))
                .andExpect(jsonPath("$.fewestWords").value(0));
    }

    @Test
    void signsOfSafetyNeedsItsScaleToCount() throws Exception {
        Map<String, Object> body = aCaseSupervision(data, true);
        body.put("model", "SIGNS_OF_SAFETY");
        String full = SupervisionApiSupport.FULL;
        body.put("sections", Map.of("worries", full, "workingWell", full, "nextSteps", full));
        mvc.perform(postJson(path(), body).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reflectiveRecorded").value(false));
        body.put("scale", 6);
        mvc.perform(postJson(path(), body).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reflectiveRecorded").value(true))
                .andExpect(jsonPath("$.scale").value(6));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        refused("date", "2026-12-01");
        refused("durationMinutes", "an hour");
        refused("model", "FREESTYLE");
        refused("superviseeId", UUID.randomUUID().toString());
        Map<String, Object> body = aCaseSupervision(data, true);
        body.put("actions", List.of(Map.of("what", "Do it", "ownerId", data.worker.toString())));
        mvc.perform(postJson(path(), body).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actions[0].dueBy"));
        body.put("model", "SIGNS_OF_SAFETY");
        body.put("scale", "11");
        body.put("actions", List.of());
        mvc.perform(postJson(path(), body).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scale"));
        assertThat(data.count("supervision_session")).isZero();
        assertThat(data.count("decision")).isZero();
    }

    private void refused(String field, Object value) throws Exception {
        Map<String, Object> body = aCaseSupervision(data, true);
        body.put(field, value);
        mvc.perform(postJson(path(), body).with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
