package org.hearth.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** "Stay signed in" renews the session; it needs a signed-in user and the CSRF token. */
class SessionKeepAliveTest extends IntegrationTest {

    @Test
    void aSignedInUserStaysSignedIn() throws Exception {
        mvc.perform(post("/session/keep-alive").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void withoutASessionItSendsToSignIn() throws Exception {
        mvc.perform(post("/session/keep-alive").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void withoutTheCsrfTokenItIsRefused() throws Exception {
        mvc.perform(post("/session/keep-alive").with(data.as(data.worker))).andExpect(status().isForbidden());
    }
}
