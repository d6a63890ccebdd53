package org.hearth.oversight;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Who may open the drift engine's pages and ask for a full recalculation: signed-in users only, and then by role
 * (workers their own list, managers and heads of service the team and service views, administrators the
 * recalculation).
 */
class DueItemAccessTest extends IntegrationTest {

    @Test
    void signedOutUsersAreSentToSignInOrRefused() throws Exception {
        mvc.perform(get("/my-work")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/oversight")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/admin/due-item-recalculations").with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void eachPageIsForItsRoles() throws Exception {
        mvc.perform(get("/my-work").with(data.as(data.head))).andExpect(status().isForbidden());
        mvc.perform(get("/my-work").with(data.as(data.worker))).andExpect(status().isOk());
        mvc.perform(get("/oversight").with(data.as(data.worker))).andExpect(status().isForbidden());
        mvc.perform(get("/oversight").with(data.as(data.manager))).andExpect(status().isOk());
        mvc.perform(get("/teams/" + data.southTeam + "/due-items").with(data.as(data.manager)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsAskForAFullRecalculation() throws Exception {
        data.startCare(data.aChild().create(), LocalDate.of(2026, 11, 2));
        mvc.perform(post("/api/v1/admin/due-item-recalculations").with(data.as(data.head)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/due-item-recalculations").with(data.as(data.admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children").value(1))
                .andExpect(jsonPath("$.items").value(org.hamcrest.Matchers.greaterThan(0)));
    }
}
