package org.hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.oversight.internal.DueItemRepository;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * GET /api/v1/children/{id}/due-items: what is due for the child, worked out after each change to the record. The
 * clock is fixed at 26 Nov 2026.
 */
class DueItemsApiTest extends IntegrationTest {

    @Autowired
    DueItemRepository items;

    UUID child;

    @BeforeEach
    void aChildInCareSinceTheSecondOfNovember() {
        child = data.aChild().named("Maryam", "Hussain").create();
        data.startCare(child, LocalDate.of(2026, 11, 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> items.forChild(child).size() >= 5);
    }

    private String path(UUID id) {
        return "/api/v1/children/" + id + "/due-items";
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get(path(child))).andExpect(status().isUnauthorized());
    }

    @Test
    void administratorsAndWorkersOfOtherTeamsAreRefused() throws Exception {
        mvc.perform(get(path(child)).with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(get(path(child)).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownChildIsNotFound() throws Exception {
        mvc.perform(get(path(UUID.randomUUID())).with(data.as(data.worker))).andExpect(status().isNotFound());
    }

    @Test
    void listsWhatIsDueWithWhenAndWhyAndLogsTheView() throws Exception {
        mvc.perform(get(path(child)).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'VISIT')].dueBy").value("2026-11-09"))
                .andExpect(jsonPath("$[?(@.kind == 'VISIT')].status").value("OVERDUE"))
                .andExpect(jsonPath("$[?(@.kind == 'VISIT')].why").value("No visit since the placement with "
                        + "Mr and Mrs Okafor began on 2 Nov 2026; the first is due within 1 week (CPPCR reg 28(2)(a))"))
                .andExpect(jsonPath("$[?(@.kind == 'VISIT')].recordPath").value("/children/" + child
                        + "/activity/visits/new"))
                // 20 working days after 2 Nov 2026
                .andExpect(jsonPath("$[?(@.kind == 'REVIEW')].dueBy").value("2026-11-30"))
                .andExpect(jsonPath("$[?(@.kind == 'REVIEW')].status").value("DUE_SOON"))
                .andExpect(jsonPath("$[?(@.kind == 'CARE_PLAN')].dueBy").value("2026-11-16"));
        assertThat(data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log WHERE child_id = ? AND user_id = ? AND action = 'VIEW'
                AND what = 'due items'""", Long.class, child, data.worker)).isEqualTo(1);
    }

    @Test
    void recordingAVisitMovesTheVisitDueDate() throws Exception {
        mvc.perform(post("/api/v1/children/" + child + "/visits").with(data.as(data.worker)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-11-20\", \"seen\": \"SEEN_ALONE\", \"location\": \"PLACEMENT\"}"))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(items.forChild(child))
                .filteredOn(s -> s.item().kind() == DueKind.VISIT).singleElement()
                .satisfies(s -> assertThat(s.item().dueBy()).isEqualTo(LocalDate.of(2027, 1, 1))));
        mvc.perform(get(path(child)).with(data.as(data.worker)))
                .andExpect(jsonPath("$[?(@.kind == 'VISIT')].status").value("NOT_YET_DUE"))
                .andExpect(jsonPath("$[?(@.kind == 'VISIT')].why").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.startsWith("Last visit 20 Nov 2026"))));
    }

    @Test
    void anOpenDecisionWithADateIsAnItemUntilItIsDone() throws Exception {
        mvc.perform(post("/api/v1/children/" + child + "/decisions").with(data.as(data.manager)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"what": "Arrange family time with her grandmother", "why": "Maryam asked",
                                 "decidedBy": "Manager, team manager", "decidedOn": "2026-11-20",
                                 "ownerId": "%s", "dueBy": "2026-12-01"}""".formatted(data.worker)))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(items.forChild(child))
                .anyMatch(s -> s.item().kind() == DueKind.DECISION));
        mvc.perform(get(path(child)).with(data.as(data.worker)))
                .andExpect(jsonPath("$[?(@.kind == 'DECISION')].dueBy").value("2026-12-01"))
                .andExpect(jsonPath("$[?(@.kind == 'DECISION')].status").value("DUE_SOON"))
                .andExpect(jsonPath("$[?(@.kind == 'DECISION')].why").value(org.hamcrest.Matchers.hasItem(
                        "Decided 20 Nov 2026 by Manager, team manager: Arrange family time with her grandmother "
                                + "(to be done by 1 Dec 2026)")));
    }
}
