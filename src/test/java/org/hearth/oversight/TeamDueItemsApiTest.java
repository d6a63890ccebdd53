package org.hearth.oversight;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** GET /api/v1/teams/{id}/due-items: a team's overdue and due-soon items for its managers and heads of service. */
class TeamDueItemsApiTest extends IntegrationTest {

    @Autowired
    DueItemRepository items;

    UUID maryam;
    UUID unallocated;

    @BeforeEach
    void twoChildrenOfTheNorthTeamInCare() {
        maryam = data.aChild().named("Maryam", "Hussain").create();
        unallocated = data.aChild().named("Ben", "Brown").allocatedTo(null).create();
        data.startCare(maryam, LocalDate.of(2026, 11, 2));
        data.startCare(unallocated, LocalDate.of(2026, 11, 2));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !items.forChild(maryam).isEmpty() && !items.forChild(unallocated).isEmpty());
    }

    private String path(UUID team) {
        return "/api/v1/teams/" + team + "/due-items";
    }

    @Test
    void workersAndManagersOfOtherTeamsAreRefused() throws Exception {
        mvc.perform(get(path(data.northTeam))).andExpect(status().isUnauthorized());
        mvc.perform(get(path(data.northTeam)).with(data.as(data.worker))).andExpect(status().isForbidden());
        mvc.perform(get(path(data.northTeam)).with(data.as(data.southManager))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTeamIsNotFound() throws Exception {
        mvc.perform(get(path(UUID.randomUUID())).with(data.as(data.head))).andExpect(status().isNotFound());
    }

    @Test
    void theTeamManagerSeesCountsPerWorkerAndTheItems() throws Exception {
        mvc.perform(get(path(data.northTeam)).with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teamName").value("Children in Care North"))
                .andExpect(jsonPath("$.workers.length()").value(2))
                .andExpect(jsonPath("$.workers[?(@.workerName == 'Not allocated')].overdue").value(3))
                .andExpect(jsonPath("$.workers[?(@.workerId == '" + data.worker + "')].overdue").value(3))
                .andExpect(jsonPath("$.items[?(@.childId == '" + maryam + "' && @.kind == 'VISIT')].status")
                        .value("OVERDUE"))
                // no one-to-one supervision recorded for the team's social worker: due now
                .andExpect(jsonPath("$.supervisions[?(@.workerId == '" + data.worker + "')].status")
                        .value("DUE_SOON"))
                .andExpect(jsonPath("$.supervisions[?(@.workerId == '" + data.worker + "')].why").value(
                        org.hamcrest.Matchers.hasItem("No supervision recorded; supervision at least every 1 month "
                                + "(LGA Employer Standards)")));
        mvc.perform(get(path(data.northTeam)).with(data.as(data.head))).andExpect(status().isOk());
    }
}
