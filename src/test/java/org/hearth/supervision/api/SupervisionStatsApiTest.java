package org.hearth.supervision.api;

import static org.hearth.supervision.api.SupervisionApiSupport.aCaseSupervision;
import static org.hearth.supervision.api.SupervisionApiSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** GET /api/v1/supervision-stats?team=&from=&to=: the reflective-discussion-recorded rate per team and month. */
class SupervisionStatsApiTest extends IntegrationTest {

    private String path(UUID team) {
        return "/api/v1/supervision-stats?team=" + team + "&from=2026-10-01&to=2026-11-26";
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get(path(data.northTeam))).andExpect(status().isUnauthorized());
    }

    @Test
    void workersAreRefusedAndManagersSeeOnlyTheirTeams() throws Exception {
        mvc.perform(get(path(data.northTeam)).with(data.as(data.worker))).andExpect(status().isForbidden());
        mvc.perform(get(path(data.northTeam)).with(data.as(data.southManager))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTeamIsNotFound() throws Exception {
        mvc.perform(get(path(UUID.randomUUID())).with(data.as(data.head))).andExpect(status().isNotFound());
    }

    @Test
    void countsSessionsAndThoseWithReflectiveDiscussionPerMonth() throws Exception {
        UUID child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        for (boolean reflective : new boolean[] {true, false, true}) {
            mvc.perform(postJson("/api/v1/children/" + child + "/supervisions", aCaseSupervision(data, reflective))
                    .with(data.as(data.manager)).with(csrf())).andExpect(status().isCreated());
        }
        mvc.perform(get(path(data.northTeam)).with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].month").value("2026-10"))
                .andExpect(jsonPath("$[0].sessions").value(0))
                .andExpect(jsonPath("$[0].rate").doesNotExist())
                .andExpect(jsonPath("$[1].month").value("2026-11"))
                .andExpect(jsonPath("$[1].sessions").value(3))
                .andExpect(jsonPath("$[1].reflectiveRecorded").value(2))
                .andExpect(jsonPath("$[1].rate").value(66.7));
        // heads of service and performance officers see every team
        mvc.perform(get("/api/v1/supervision-stats?from=2026-11-01&to=2026-11-26").with(data.as(data.performance)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        mvc.perform(get("/api/v1/supervision-stats?from=2026-11-01&to=2026-10-01").with(data.as(data.head)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
