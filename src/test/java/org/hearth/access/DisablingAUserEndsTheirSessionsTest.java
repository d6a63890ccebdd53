package org.hearth.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.support.IntegrationTest;
import org.hearth.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** A disabled user's sessions end at once: their very next request is refused, on pages and the API. */
class DisablingAUserEndsTheirSessionsTest extends IntegrationTest {

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", TestData.PASSWORD)).andExpect(redirectedUrl("/"));
        return session;
    }

    @Test
    void theNextRequestAfterDisablingIsRefused() throws Exception {
        MockHttpSession worker = signIn("worker");
        mvc.perform(get("/caseload").session(worker)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children").session(worker)).andExpect(status().isOk());

        data.disable(data.worker);

        mvc.perform(get("/caseload").session(worker)).andExpect(redirectedUrl("/login?ended"));
        MockHttpSession workerOnTheApi = signIn("manager");
        data.disable(data.manager);
        mvc.perform(get("/api/v1/children").session(workerOnTheApi)).andExpect(status().isUnauthorized());
    }

    @Test
    void aChangeOfRolesAlsoEndsTheSessionSoTheNewRightsApplyAtOnce() throws Exception {
        MockHttpSession worker = signIn("worker");
        data.changeRoles(data.worker, Role.PERFORMANCE_OFFICER);
        mvc.perform(get("/api/v1/children").session(worker)).andExpect(status().isUnauthorized());
    }

    @Test
    void otherUsersSessionsCarryOn() throws Exception {
        MockHttpSession manager = signIn("manager");
        data.disable(data.worker);
        mvc.perform(get("/caseload").session(manager)).andExpect(status().isOk());
    }
}
