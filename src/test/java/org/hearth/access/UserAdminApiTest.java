package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET|POST /api/v1/admin/users and PATCH /api/v1/admin/users/{id}: administrators only. */
class UserAdminApiTest extends IntegrationTest {

    private String newUser(String username) {
        return """
                {"username":"%s","displayName":"Priya Shah","email":"priya.shah@example.org",
                 "roles":["SOCIAL_WORKER"],"teamIds":["%s"],"password":"a long enough password"}"""
                .formatted(username, data.southTeam);
    }

    @Test
    void signedOutCallersAreRefused() throws Exception {
        mvc.perform(get("/api/v1/admin/users")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/admin/users").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(newUser("p.shah"))).andExpect(status().isUnauthorized());
    }

    @Test
    void everyoneButAdministratorsIsRefused() throws Exception {
        long before = data.count("app_user");
        for (UUID user : new UUID[] {data.worker, data.manager, data.head, data.performance, data.iro}) {
            mvc.perform(get("/api/v1/admin/users").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/admin/users").with(data.as(user)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(newUser("p.shah")))
                    .andExpect(status().isForbidden());
            mvc.perform(patch("/api/v1/admin/users/" + data.worker).with(data.as(user)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(data.count("app_user")).isEqualTo(before);
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        mvc.perform(patch("/api/v1/admin/users/" + UUID.randomUUID()).with(data.as(data.admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorCreatesAUserWhoCanSignIn() throws Exception {
        mvc.perform(post("/api/v1/admin/users").with(data.as(data.admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(newUser("P.Shah")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.username").value("p.shah"))
                .andExpect(jsonPath("$.roles[0]").value("SOCIAL_WORKER"))
                .andExpect(jsonPath("$.hasLocalPassword").value(true))
                .andExpect(jsonPath("$.lastSignInAt").doesNotExist());
        mvc.perform(post("/login").with(csrf()).param("username", "p.shah")
                .param("password", "a long enough password"))
                .andExpect(header().string("Location", "/"));
        mvc.perform(get("/api/v1/admin/users").with(data.as(data.admin)))
                .andExpect(jsonPath("$[?(@.username == 'p.shah')].lastSignInAt").isNotEmpty());
    }

    @Test
    void badDetailsAreRefusedNamingEachField() throws Exception {
        long before = data.count("app_user");
        mvc.perform(post("/api/v1/admin/users").with(data.as(data.admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"worker\",\"displayName\":\" \",\"roles\":[],\"teamIds\":[\""
                        + UUID.randomUUID() + "\"],\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("username",
                        "displayName", "roles", "teamIds", "password")));
        assertThat(data.count("app_user")).isEqualTo(before);
    }

    @Test
    void anAdministratorChangesRolesAndTeamsAndDisablesAUser() throws Exception {
        mvc.perform(patch("/api/v1/admin/users/" + data.worker).with(data.as(data.admin)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"TEAM_MANAGER\"],\"teamIds\":[\"" + data.southTeam + "\"],\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.roles[0]").value("TEAM_MANAGER"))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(post("/login").with(csrf()).param("username", "worker").param("password",
                org.hearth.support.TestData.PASSWORD)).andExpect(header().string("Location", "/login?error"));
    }

    @Test
    void aStaleChangeIsRefused() throws Exception {
        mvc.perform(patch("/api/v1/admin/users/" + data.worker).with(data.as(data.admin)).with(csrf())
                .header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(data.ownerJdbc().queryForObject("SELECT enabled FROM app_user WHERE id = ?", Boolean.class,
                data.worker)).isTrue();
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        mvc.perform(patch("/api/v1/admin/users/" + data.admin).with(data.as(data.admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("enabled"));
    }
}
