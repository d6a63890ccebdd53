package org.hearth.actionplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.pathwayplans.PlanTestSupport.aYoungPerson;
import static org.hearth.pathwayplans.PlanTestSupport.body;
import static org.hearth.pathwayplans.PlanTestSupport.json;
import static org.hearth.pathwayplans.PlanTestSupport.logRows;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** GET|POST /api/v1/children/{id}/action-plans and the plan's actions, progress, sign-off and closing. */
@RecordApplicationEvents
class ActionPlanApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;

    @BeforeEach
    void aYoungPersonOf17() {
        child = aYoungPerson(data);
    }

    private String plans() {
        return "/api/v1/children/" + child + "/action-plans";
    }

    static Map<String, Object> aPlan() {
        return body("purpose", "Getting back into education", "startedOn", "2026-11-02", "actions", List.of(
                body("description", "Meet the careers adviser", "ownerRole", "YOUTH_SUPPORT_WORKER", "ownerName",
                        "Sam Ahmed", "dueOn", "2026-11-20"),
                body("description", "Apply for the bursary", "ownerRole", "PARTNER", "ownerName", "Bedford College",
                        "dueOn", "2026-12-10")));
    }

    private String create() throws Exception {
        return mvc.perform(postJson(plans(), aPlan()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get(plans())).andExpect(status().isUnauthorized());
        mvc.perform(postJson(plans(), aPlan()).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void administratorsPerformanceOfficersAndOtherTeamsAreRefused() throws Exception {
        mvc.perform(get(plans()).with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(postJson(plans(), aPlan()).with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(plans(), aPlan()).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(plans()).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.otherWorker, "DENIED")).isEqualTo(2);
        assertThat(data.count("action_plan")).isZero();
    }

    @Test
    void createsAPlanWithLocationAndETagAndPublishesTheEvent() throws Exception {
        String location = mvc.perform(postJson(plans(), aPlan()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.agreedOn").doesNotExist())
                .andExpect(jsonPath("$.actions[0].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.actions[0].overdue").value(true))
                .andExpect(jsonPath("$.overdueActions").value(1))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/children/" + child + "/action-plans/");
        mvc.perform(get(location).with(data.as(data.manager))).andExpect(status().isOk())
                .andExpect(jsonPath("$.purpose").value("Getting back into education"));
        mvc.perform(get(plans()).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        assertThat(events.stream(ActionPlanCreated.class)).singleElement()
                .satisfies(e -> assertThat(e.actions()).isEqualTo(2));
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        mvc.perform(postJson(plans(), body("startedOn", "2026-12-01", "actions", List.of(
                body("description", "x", "ownerRole", "FRIEND", "dueOn", "2026-11-01"))))
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.errors[?(@.field == 'purpose')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'startedOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'actions[0].ownerRole')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'actions[0].ownerName')]").exists());
        mvc.perform(postJson(plans(), body("purpose", "Support", "startedOn", "2026-11-02"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actions[0].description"));
        UUID twelve = data.aChild().create();
        mvc.perform(postJson("/api/v1/children/" + twelve + "/action-plans", aPlan()).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("child"));
        assertThat(data.count("action_plan")).isZero();
    }

    @Test
    void actionsChangeWithIfMatchProgressIsAddedAndAManagerAgreesAndTheKeyWorkerCloses() throws Exception {
        String location = create();
        String actionId = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(location).with(data.as(data.worker)))
                .andReturn().getResponse().getContentAsString(), "$.actions[0].id");
        String action = location + "/actions/" + actionId;
        mvc.perform(patch(action).contentType(MediaType.APPLICATION_JSON).content(json(body("status", "DONE")))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isPreconditionRequired());
        mvc.perform(patch(action).contentType(MediaType.APPLICATION_JSON).content(json(body("status", "DONE")))
                .header("If-Match", "\"5\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(patch(action).contentType(MediaType.APPLICATION_JSON).content(json(body("status", "DONE")))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.actions[0].status").value("DONE"))
                .andExpect(jsonPath("$.overdueActions").value(0));
        assertThat(events.stream(ActionPlanActionDone.class)).hasSize(1);

        mvc.perform(postJson(location + "/progress", body("date", "2026-11-24", "note", "Met the adviser"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.progress[0].note").value("Met the adviser"));
        mvc.perform(postJson(location + "/progress", body("date", "2026-12-24"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'date')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'note')]").exists());

        // sign-off and monitoring are a manager's
        mvc.perform(postJson(location + "/sign-off", body("date", "2026-11-25")).header("If-Match", "\"1\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(postJson(location + "/sign-off", body("date", "2026-11-25", "comment", "Agreed"))
                .header("If-Match", "\"1\"").with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.agreedBy").value(data.manager.toString()))
                .andExpect(jsonPath("$.agreedOn").value("2026-11-25"));
        mvc.perform(postJson(location + "/monitoring", body("date", "2026-11-26", "note", "On track"))
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.monitoring[0].note").value("On track"));

        mvc.perform(postJson(location + "/close", body("date", "2026-11-26")).header("If-Match", "\"2\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(postJson(location + "/close", body("date", "2026-11-26", "summary", "Back at college"))
                .header("If-Match", "\"2\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(events.stream(ActionPlanClosed.class)).hasSize(1);
        // closed is final
        mvc.perform(postJson(location + "/actions", body("description", "More", "ownerRole", "KEY_WORKER",
                "ownerName", "Worker", "dueOn", "2026-12-01")).header("If-Match", "\"3\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest());
    }
}
