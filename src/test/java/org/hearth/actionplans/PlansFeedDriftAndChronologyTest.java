package org.hearth.actionplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hearth.pathwayplans.PlanTestSupport.aYoungPerson;
import static org.hearth.pathwayplans.PlanTestSupport.body;
import static org.hearth.pathwayplans.PlanTestSupport.json;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.DueItemRecalculation;
import org.hearth.oversight.internal.DueItemRepository;
import org.hearth.pathwayplans.NewPathwayPlan;
import org.hearth.pathwayplans.PathwayPlans;
import org.hearth.pathwayplans.PlanStatus;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * What the plans feed: due items (overdue actions, no recent progress, sign-off, pathway plan review from the plan's
 * sign-off), worked out again on each plan event and in the full nightly run, and chronology entries. The clock is
 * fixed at 26 Nov 2026.
 */
class PlansFeedDriftAndChronologyTest extends IntegrationTest {

    @Autowired
    DueItemRepository items;

    @Autowired
    DueItemRecalculation recalculation;

    @Autowired
    PathwayPlans pathwayPlans;

    UUID child;

    @BeforeEach
    void aYoungPersonOf17() {
        child = aYoungPerson(data);
    }

    private Optional<DueItemRepository.Stored> item(DueKind kind) {
        return items.forChild(child).stream().filter(s -> s.item().kind() == kind).findFirst();
    }

    private void eventually(Runnable check) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(check::run);
    }

    @Test
    void anActionPlansItemsFollowItsEvents() throws Exception {
        String location = mvc.perform(postJson("/api/v1/children/" + child + "/action-plans",
                ActionPlanApiTest.aPlan()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        // the careers adviser action was due 20 Nov: overdue; no progress since 2 Nov + 4 weeks; sign-off 2 Nov + 2 weeks
        eventually(() -> {
            assertThat(item(DueKind.ACTION_PLAN_ACTION)).hasValueSatisfying(s -> {
                assertThat(s.item().dueBy()).isEqualTo(LocalDate.of(2026, 11, 20));
                assertThat(s.item().why()).startsWith("Meet the careers adviser (Sam Ahmed, youth support worker)");
                assertThat(s.item().recordPath()).isEqualTo(location.replace("/api/v1", ""));
            });
            assertThat(item(DueKind.ACTION_PLAN_PROGRESS)).hasValueSatisfying(s -> assertThat(s.item().dueBy())
                    .isEqualTo(LocalDate.of(2026, 11, 30)));
            assertThat(item(DueKind.ACTION_PLAN_SIGN_OFF)).hasValueSatisfying(s -> assertThat(s.item().dueBy())
                    .isEqualTo(LocalDate.of(2026, 11, 16)));
        });

        String actionId = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(location).with(data.as(data.worker)))
                .andReturn().getResponse().getContentAsString(), "$.actions[0].id");
        mvc.perform(patch(location + "/actions/" + actionId).contentType(MediaType.APPLICATION_JSON)
                .content(json(body("status", "DONE"))).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isOk());
        mvc.perform(postJson(location + "/progress", body("date", "2026-11-25", "note", "Met the adviser"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isOk());
        mvc.perform(postJson(location + "/sign-off", body("date", "2026-11-25")).header("If-Match", "\"1\"")
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isOk());
        eventually(() -> {
            assertThat(item(DueKind.ACTION_PLAN_ACTION)).hasValueSatisfying(s -> assertThat(s.item().dueBy())
                    .isEqualTo(LocalDate.of(2026, 12, 10)));
            assertThat(item(DueKind.ACTION_PLAN_PROGRESS)).hasValueSatisfying(s -> assertThat(s.item().dueBy())
                    .isEqualTo(LocalDate.of(2026, 12, 23)));
            assertThat(item(DueKind.ACTION_PLAN_SIGN_OFF)).isEmpty();
        });

        mvc.perform(postJson(location + "/close", body("date", "2026-11-26", "summary", "Back at college"))
                .header("If-Match", "\"2\"").with(data.as(data.worker)).with(csrf())).andExpect(status().isOk());
        eventually(() -> {
            assertThat(item(DueKind.ACTION_PLAN_ACTION)).isEmpty();
            assertThat(item(DueKind.ACTION_PLAN_PROGRESS)).isEmpty();
        });

        ChronologyTestSupport.settled(data);
        List<Map<String, Object>> rows = ChronologyTestSupport.rows(data, child);
        assertThat(rows).extracting(r -> r.get("title")).contains("Action plan made", "Action plan action done",
                "Action plan progress", "Action plan closed");
        assertThat(rows).filteredOn(r -> r.get("title").equals("Action plan made")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("source_record_type", "ACTION_PLAN")
                        .containsEntry("significance", "KEY_EVENT").containsEntry("automatic", true));
    }

    @Test
    void aSignedOffPathwayPlanSetsTheReviewItemAndIsAChronologyEntry() throws Exception {
        String plans = "/api/v1/children/" + child + "/pathway-plans";
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(plans).with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        // a young person in care at 17 with no assessment: the needs assessment is due, no review yet
        eventually(() -> assertThat(item(DueKind.NEEDS_ASSESSMENT)).isPresent());
        assertThat(item(DueKind.PATHWAY_PLAN_REVIEW)).isEmpty();
        int version = 0;
        for (var s : org.hearth.pathwayplans.PlanSection.values()) {
            mvc.perform(org.hearth.pathwayplans.PlanTestSupport.putJson(location + "/sections/" + s.slug(),
                    org.hearth.pathwayplans.PlanTestSupport.section(data.worker))
                    .header("If-Match", "\"" + version++ + "\"").with(data.as(data.worker)).with(csrf()))
                    .andExpect(status().isOk());
        }
        mvc.perform(org.hearth.pathwayplans.PlanTestSupport.putJson(location + "/views",
                body("youngPersonViews", "Fine by me")).header("If-Match", "\"" + version++ + "\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(location + "/submit")
                .header("If-Match", "\"" + version++ + "\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(postJson(location + "/sign-off", body("decision", "SIGN_OFF", "signedOffOn", "2026-11-26",
                "reviewDueOn", "2027-03-01", "comment", "Agreed")).header("If-Match", "\"" + version + "\"")
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isOk());
        eventually(() -> {
            assertThat(item(DueKind.NEEDS_ASSESSMENT)).isEmpty();
            assertThat(item(DueKind.PATHWAY_PLAN_REVIEW)).hasValueSatisfying(s -> {
                assertThat(s.item().dueBy()).isEqualTo(LocalDate.of(2027, 3, 1));
                assertThat(s.item().why()).startsWith("Pathway plan signed off 26 Nov 2026")
                        .contains("the signed-off plan set its review for 1 Mar 2027");
            });
        });
        ChronologyTestSupport.settled(data);
        assertThat(ChronologyTestSupport.rows(data, child)).filteredOn(r -> r.get("title")
                .equals("Pathway plan signed off")).singleElement().satisfies(r -> {
                    assertThat(r).containsEntry("source_record_type", "PATHWAY_PLAN")
                            .containsEntry("significance", "KEY_EVENT");
                    assertThat(r.get("description").toString()).contains("Review due by 1 Mar 2027");
                });
    }

    @Test
    void plansLoadedInBulkAreInTheFullRecalculation() {
        // signed off 7 months ago: the review was due a month ago
        pathwayPlans.load(List.of(new NewPathwayPlan(child, PlanStatus.SIGNED_OFF, data.worker,
                LocalDate.of(2026, 4, 1), "Views", Map.of(), data.manager, LocalDate.of(2026, 4, 20), "Agreed",
                LocalDate.of(2026, 10, 20))));
        data.ownerJdbc().update("DELETE FROM due_item");
        recalculation.recalculateAll();
        assertThat(item(DueKind.PATHWAY_PLAN_REVIEW)).hasValueSatisfying(s -> assertThat(s.item().dueBy())
                .isEqualTo(LocalDate.of(2026, 10, 20)));
        ChronologyTestSupport.settled(data);
        assertThat(ChronologyTestSupport.rows(data, child)).noneMatch(r -> r.get("title")
                .equals("Pathway plan signed off"));
    }
}
