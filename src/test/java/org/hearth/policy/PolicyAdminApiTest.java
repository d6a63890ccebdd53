package org.hearth.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET /api/v1/admin/policies and PUT /api/v1/admin/policies/{key}: administrators only. */
class PolicyAdminApiTest extends IntegrationTest {

    private static final String CHANGE = """
            {"value":"P4W","effectiveFrom":"2027-04-01","reason":"Corporate parenting board, March 2027"}""";

    @Test
    void signedOutCallersAreRefused() throws Exception {
        mvc.perform(get("/api/v1/admin/policies")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/admin/policies/timescale.visit.first-year-interval").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(CHANGE)).andExpect(status().isUnauthorized());
    }

    @Test
    void everyoneButAdministratorsIsRefused() throws Exception {
        for (UUID user : new UUID[] {data.worker, data.manager, data.head, data.performance, data.iro}) {
            mvc.perform(get("/api/v1/admin/policies").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/admin/policies/timescale.visit.first-year-interval").with(data.as(user))
                    .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(CHANGE))
                    .andExpect(status().isForbidden());
        }
        assertThat(data.count("policy_version")).isZero();
    }

    @Test
    void anUnknownSettingIsNotFound() throws Exception {
        mvc.perform(put("/api/v1/admin/policies/no.such.setting").with(data.as(data.admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(CHANGE)).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorReadsAndChangesSettings() throws Exception {
        mvc.perform(get("/api/v1/admin/policies").with(data.as(data.admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.definition.key == 'timescale.visit.first-year-interval')].value")
                        .value("P6W"));
        mvc.perform(put("/api/v1/admin/policies/timescale.visit.first-year-interval").with(data.as(data.admin))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(CHANGE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("P6W"))
                .andExpect(jsonPath("$.versions[0].value").value("P28D"))
                .andExpect(jsonPath("$.versions[0].effectiveFrom").value("2027-04-01"));
    }

    @Test
    void aBadValueIsRefusedNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/admin/policies/timescale.review.first").with(data.as(data.admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":\"lots\",\"effectiveFrom\":\"2020-01-01\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[1].field").value("effectiveFrom"));
        assertThat(data.count("policy_version")).isZero();
    }
}
