package org.hearth.supervision.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The supervision pages: who may open them, and what they show. */
class SupervisionPagesTest extends IntegrationTest {

    @Test
    void theStatsPageShowsTheManagersTeamByMonth() throws Exception {
        mvc.perform(get("/supervision/stats").with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rate-" + data.northTeam + "-2026-11")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("rate-" + data.southTeam))));
        mvc.perform(get("/supervision/stats").with(data.as(data.worker))).andExpect(status().isForbidden());
    }

    @Test
    void theChildsPageNeedsAccessToTheChild() throws Exception {
        UUID child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        mvc.perform(get("/children/" + child + "/decisions").with(data.as(data.worker)))
                .andExpect(status().isOk());
        mvc.perform(get("/children/" + child + "/decisions").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/supervisions/new").with(data.as(data.worker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/supervisions/new").with(data.as(data.manager)))
                .andExpect(status().isOk());
    }
}
