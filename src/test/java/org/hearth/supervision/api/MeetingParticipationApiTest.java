package org.hearth.supervision.api;

import static org.hearth.supervision.api.SupervisionApiSupport.aMeeting;
import static org.hearth.supervision.api.SupervisionApiSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** GET /api/v1/meeting-participation: share of meetings without the child's participation by team and kind. */
class MeetingParticipationApiTest extends IntegrationTest {

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(get("/api/v1/meeting-participation")).andExpect(status().isUnauthorized());
    }

    @Test
    void workersAndOtherTeamsManagersAreRefused() throws Exception {
        mvc.perform(get("/api/v1/meeting-participation").with(data.as(data.worker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meeting-participation?team=" + data.northTeam).with(data.as(data.southManager)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTeamIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/meeting-participation?team=" + UUID.randomUUID()).with(data.as(data.head)))
                .andExpect(status().isNotFound());
    }

    @Test
    void sharesLeaveOutUnderFours() throws Exception {
        UUID child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        UUID baby = data.startCare(data.aChild().born(LocalDate.of(2024, 1, 1)).create(), LocalDate.of(2025, 6, 2));
        record(child, "PN7");
        record(child, "PN1");
        record(child, "PN7");
        record(child, "PN5");
        record(baby, "PN0");
        mvc.perform(get("/api/v1/meeting-participation?team=" + data.northTeam).with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byTeam[0].meetings").value(5))
                .andExpect(jsonPath("$.byTeam[0].underFour").value(1))
                .andExpect(jsonPath("$.byTeam[0].withoutChild").value(2))
                .andExpect(jsonPath("$.byTeam[0].shareWithout").value(50.0))
                .andExpect(jsonPath("$.byTeamAndKind[0].kind").value("STRATEGY"))
                .andExpect(jsonPath("$.children[0].childId").value(child.toString()))
                .andExpect(jsonPath("$.children[0].withoutChild").value(2));
    }

    private void record(UUID child, String participation) throws Exception {
        Map<String, Object> body = aMeeting();
        body.put("participation", participation);
        mvc.perform(postJson("/api/v1/children/" + child + "/meetings", body).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isCreated());
    }
}
