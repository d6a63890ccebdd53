package org.hearth.pathwayplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.pathwayplans.PlanTestSupport.aYoungPerson;
import static org.hearth.pathwayplans.PlanTestSupport.body;
import static org.hearth.pathwayplans.PlanTestSupport.logRows;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.hearth.pathwayplans.PlanTestSupport.putJson;
import static org.hearth.pathwayplans.PlanTestSupport.section;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The pathway plan's life over the API: started, written, sent for sign-off, signed off by a manager who is not its
 * author, read-only after, and a review starting from a copy. The clock is fixed at 26 Nov 2026.
 */
@RecordApplicationEvents
class PathwayPlanApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;

    @BeforeEach
    void aYoungPersonOf17() {
        child = aYoungPerson(data);
    }

    private String plans() {
        return "/api/v1/children/" + child + "/pathway-plans";
    }

    /** Starts a plan as the worker and returns its id. */
    private UUID start(UUID as) throws Exception {
        String location = mvc.perform(post(plans()).with(data.as(as)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getHeader("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Writes every section and the views, then sends the plan for sign-off; returns the version it is at. */
    private int writeAndSubmit(UUID plan, UUID as) throws Exception {
        int version = 0;
        for (PlanSection s : PlanSection.values()) {
            mvc.perform(putJson(plans() + "/" + plan + "/sections/" + s.slug(), section(data.worker))
                    .header("If-Match", "\"" + version + "\"").with(data.as(as)).with(csrf()))
                    .andExpect(status().isOk());
            version++;
        }
        mvc.perform(putJson(plans() + "/" + plan + "/views", body("youngPersonViews", "I want to stay near my mum"))
                .header("If-Match", "\"" + version++ + "\"").with(data.as(as)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post(plans() + "/" + plan + "/submit").header("If-Match", "\"" + version++ + "\"")
                .with(data.as(as)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_SIGN_OFF"));
        return version;
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get(plans())).andExpect(status().isUnauthorized());
        mvc.perform(post(plans()).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void administratorsPerformanceOfficersAndOtherTeamsAreRefusedAndTheRefusalIsLogged() throws Exception {
        mvc.perform(get(plans()).with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(post(plans()).with(data.as(data.performance)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(plans()).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        mvc.perform(post(plans()).with(data.as(data.otherWorker)).with(csrf())).andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.otherWorker, "DENIED")).isEqualTo(2);
        assertThat(data.count("pathway_plan")).isZero();
    }

    @Test
    void aRestrictedRecordsPlansAreSeenOnlyByThoseNamed() throws Exception {
        UUID plan = start(data.worker);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/children/" + child + "/restriction").with(data.as(data.head)).with(csrf())
                .param("reason", "A relative works in the team")).andExpect(status().is3xxRedirection());
        mvc.perform(get(plans() + "/" + plan).with(data.as(data.manager))).andExpect(status().isForbidden());
        mvc.perform(get(plans() + "/" + plan).with(data.as(data.worker))).andExpect(status().isOk());
    }

    @Test
    void aPlanIsForAYoungPersonOf16To25() throws Exception {
        UUID twelve = data.aChild().create();
        mvc.perform(post("/api/v1/children/" + twelve + "/pathway-plans").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("child"));
    }

    @Test
    void theWholeLifeOfAPlan() throws Exception {
        UUID plan = start(data.worker);
        // only one plan in the making at a time
        mvc.perform(post(plans()).with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plan"));
        int version = writeAndSubmit(plan, data.worker);
        // a plan awaiting sign-off cannot be changed
        mvc.perform(putJson(plans() + "/" + plan + "/sections/money", section(data.worker))
                .header("If-Match", "\"" + version + "\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plan"));
        // a social worker is not a manager
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "SIGN_OFF", "signedOffOn",
                "2026-11-26", "comment", "Good")).header("If-Match", "\"" + version + "\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isForbidden());
        // a review date later than the statutory 6 months is refused
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "SIGN_OFF", "signedOffOn",
                "2026-11-26", "reviewDueOn", "2027-06-01", "comment", "Good")).header("If-Match", "\"" + version + "\"")
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewDueOn"));
        // not before the plan was started (today)
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "SIGN_OFF", "signedOffOn",
                "2026-11-25", "comment", "Good")).header("If-Match", "\"" + version + "\"")
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signedOffOn"));
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "SIGN_OFF", "signedOffOn",
                "2026-11-26", "comment", "A clear plan in Jade's words")).header("If-Match", "\"" + version + "\"")
                .with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED_OFF"))
                .andExpect(jsonPath("$.signedOffBy").value(data.manager.toString()))
                .andExpect(jsonPath("$.reviewDueOn").value("2027-05-26"));
        assertThat(events.stream(PathwayPlanSignedOff.class)).singleElement().satisfies(e -> {
            assertThat(e.childId()).isEqualTo(child);
            assertThat(e.reviewDueOn()).isEqualTo(LocalDate.of(2027, 5, 26));
            assertThat(e.signedOffBy()).isEqualTo(data.manager);
        });
        // read-only now, whatever the version
        mvc.perform(putJson(plans() + "/" + plan + "/views", body("youngPersonViews", "changed"))
                .header("If-Match", "\"" + (version + 1) + "\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plan"));
        // and the database refuses too
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.ownerJdbc().update(
                "UPDATE pathway_plan_section SET goals = 'x' WHERE plan_id = ?", plan)).hasMessageContaining(
                "signed off");

        // a review starts from a copy of the signed-off plan, without the young person's views
        String location = mvc.perform(post(plans()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.copiedFrom").value(plan.toString()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.youngPersonViews").doesNotExist())
                .andExpect(jsonPath("$.sections[0].goals").value("Semi-independent by 18"))
                .andExpect(jsonPath("$.sections[0].actions[0].description").value("Visit two supported lodgings"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(plans()).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("DRAFT"))
                .andExpect(jsonPath("$[1].id").value(plan.toString()))
                .andExpect(jsonPath("$[1].status").value("SIGNED_OFF"));
        mvc.perform(get(location).with(data.as(data.iro))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void theAuthorCannotSignOffTheirOwnPlanButAnotherManagerCan() throws Exception {
        UUID plan = start(data.manager);
        int version = writeAndSubmit(plan, data.manager);
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "SIGN_OFF", "signedOffOn",
                "2026-11-26", "comment", "Mine")).header("If-Match", "\"" + version + "\"")
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isForbidden());
        // returned to draft by the head of service, with what needs to change
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "RETURN"))
                .header("If-Match", "\"" + version + "\"").with(data.as(data.head)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "RETURN", "comment",
                "Add Jade's own words on money")).header("If-Match", "\"" + version + "\"")
                .with(data.as(data.head)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.returnedComment").value("Add Jade's own words on money"));
        mvc.perform(post(plans() + "/" + plan + "/submit").header("If-Match", "\"" + (version + 1) + "\"")
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isOk());
        mvc.perform(postJson(plans() + "/" + plan + "/sign-off", body("decision", "SIGN_OFF", "signedOffOn",
                "2026-11-26", "reviewDueOn", "2027-02-01", "comment", "Review early: college place")).header(
                "If-Match", "\"" + (version + 2) + "\"").with(data.as(data.head)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviewDueOn").value("2027-02-01"));
    }

    @Test
    void everyChangeNeedsTheCurrentETag() throws Exception {
        UUID plan = start(data.worker);
        String path = plans() + "/" + plan + "/sections/accommodation";
        mvc.perform(putJson(path, section(data.worker)).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(putJson(path, section(data.worker)).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(putJson(path, section(data.worker)).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isPreconditionFailed());
        mvc.perform(post(plans() + "/" + plan + "/submit").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void badInputNamesTheField() throws Exception {
        UUID plan = start(data.worker);
        String path = plans() + "/" + plan + "/sections/health";
        mvc.perform(putJson(path, body("assessedNeed", "x", "actions", java.util.List.of(
                body("description", "See the GP"),
                body("description", "Dentist", "ownerId", UUID.randomUUID().toString(), "targetDate", "2027-01-01"),
                body("description", "Optician", "ownerName", "Jade", "targetDate", "2020-01-01"),
                body("description", "Sleep clinic", "ownerName", "Jade", "targetDate", "2027-13-01"))))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'actions[0].ownerName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'actions[0].targetDate')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'actions[1].ownerId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'actions[2].targetDate')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'actions[3].targetDate')]").exists());
        // sending an unfinished plan says which sections are missing
        mvc.perform(post(plans() + "/" + plan + "/submit").header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("youngPersonViews"))
                .andExpect(jsonPath("$.errors[1].field").value("section-accommodation"));
        assertThat(data.count("pathway_plan_action")).isZero();
    }
}
