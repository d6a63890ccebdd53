package org.hearth.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Headers, CSRF and the public endpoints. */
class SecurityHeadersTest extends IntegrationTest {

    @Test
    void pagesForbidInlineScriptsAndFraming() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("script-src 'self'"), Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void hstsIsSentBehindTls() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
    }

    @Test
    void signedOutPageRequestsGoToSignIn() throws Exception {
        mvc.perform(get("/caseload")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/children/new").with(data.as(data.worker)).param("firstName", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDescriptionIsPublished() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/children']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/children/{id}/episodes']").exists());
    }

    @Test
    void everyResponseCarriesARequestId() throws Exception {
        mvc.perform(get("/login")).andExpect(header().exists("X-Request-Id"));
    }
}
