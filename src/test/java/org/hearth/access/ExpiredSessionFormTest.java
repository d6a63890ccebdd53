package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A form posted after the session expired is kept for the person who typed it, and only for them: on a shared
 * computer the next person to sign in never sees it. (The browser test walks the whole journey.)
 */
class ExpiredSessionFormTest extends IntegrationTest {

    private static final RequestPostProcessor EXPIRED_SESSION = request -> {
        request.setRequestedSessionId("expired-session-id");
        request.setRequestedSessionIdValid(false);
        return request;
    };

    private MockHttpSession postAfterExpiry(String lastUserCookie) throws Exception {
        MvcResult result = mvc.perform(post("/children/new").with(EXPIRED_SESSION)
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .cookie(new Cookie("HEARTH_LAST_USER", lastUserCookie))
                .param("firstName", "Noah").param("lastName", "Adeyemi").param("password", "never kept"))
                .andExpect(redirectedUrl("/login?expired&kept")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    private static org.springframework.test.web.servlet.RequestBuilder signIn(String username, MockHttpSession session) {
        return post("/login").session(session).param("username", username).param("password", TestData.PASSWORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
    }

    @Test
    void whoeverTypedItGetsItBackAfterSigningIn() throws Exception {
        MockHttpSession session = postAfterExpiry(data.worker.toString());
        mvc.perform(signIn("worker", session))
                .andExpect(redirectedUrl("/resume"));
    }

    @Test
    void someoneElseSigningInOnTheSameBrowserNeverSeesIt() throws Exception {
        MockHttpSession session = postAfterExpiry(data.worker.toString());
        mvc.perform(signIn("manager", session))
                .andExpect(redirectedUrl("/"));
        assertThat(session.getAttributeNames().asIterator()).toIterable()
                .noneMatch(name -> name.contains("PendingForm"));
    }

    @Test
    void passwordsAndTokensAreNeverKept() throws Exception {
        MockHttpSession session = postAfterExpiry(data.worker.toString());
        Object pending = java.util.Collections.list(session.getAttributeNames()).stream()
                .filter(name -> name.contains("PendingForm")).map(session::getAttribute).findFirst().orElseThrow();
        assertThat(pending.toString()).contains("Noah").doesNotContain("never kept");
    }
}
