package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A restricted record is seen only by the users named on it, whatever their role; granting access is logged. */
class RestrictedRecordTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aRestrictedChild() throws Exception {
        child = data.aChild().named("Ruby", "Stone").create();
        mvc.perform(post("/children/" + child + "/restriction").with(data.as(data.head)).with(csrf())
                .param("reason", "A relative works in the team")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theHeadOfServiceWhoRestrictedItAndTheAllocatedWorkerStillSeeIt() throws Exception {
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.head))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.worker))).andExpect(status().isOk());
    }

    @Test
    void rolesThatSeeEveryChildDoNotSeeARestrictedOne() throws Exception {
        for (UUID user : new UUID[] {data.iro, data.performance, data.manager}) {
            mvc.perform(get("/api/v1/children/" + child).with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/children/" + child).with(data.as(user))).andExpect(status().isForbidden());
        }
        assertThat(data.ownerJdbc().queryForObject(
                "SELECT count(*) FROM access_log WHERE child_id = ? AND outcome = 'DENIED'", Long.class, child))
                .isEqualTo(6);
    }

    @Test
    void itIsLeftOutOfListsAndSearchesForThoseNotNamed() throws Exception {
        mvc.perform(get("/api/v1/children").with(data.as(data.iro)))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/children/search").param("q", "Ruby Stone").with(data.as(data.iro)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("0 children found")));
        mvc.perform(get("/children/search").param("q", "Ruby Stone").with(data.as(data.worker)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("1 child found")));
        mvc.perform(get("/api/v1/children").with(data.as(data.worker)))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void aHeadOfServiceGrantsAccessAndTheGrantIsLogged() throws Exception {
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.iro))).andExpect(status().isForbidden());
        mvc.perform(post("/children/" + child + "/restriction/grants").with(data.as(data.head)).with(csrf())
                .param("userId", data.iro.toString()).param("reason", "Chairing the next review"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.iro))).andExpect(status().isOk());
        assertThat(data.ownerJdbc().queryForObject(
                "SELECT count(*) FROM access_log WHERE child_id = ? AND action = 'GRANT' AND what LIKE ?", Long.class,
                child, "%" + data.iro + "%Chairing the next review")).isEqualTo(1);
    }

    @Test
    void onlyAHeadOfServiceRestrictsOrGrants() throws Exception {
        UUID other = data.aChild().named("Ada", "Lovelace").create();
        mvc.perform(post("/children/" + other + "/restriction").with(data.as(data.manager)).with(csrf())
                .param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/children/" + child + "/restriction/grants").with(data.as(data.worker)).with(csrf())
                .param("userId", data.iro.toString()).param("reason", "x")).andExpect(status().isForbidden());
        assertThat(data.ownerJdbc().queryForObject("SELECT restricted FROM child WHERE id = ?", Boolean.class, other))
                .isFalse();
        assertThat(data.count("restricted_record_access")).isEqualTo(2);
    }

    @Test
    void aGrantWithoutAReasonIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/children/" + child + "/restriction/grants").with(data.as(data.head)).with(csrf())
                .param("userId", data.iro.toString()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Enter why they need access")));
        assertThat(data.count("restricted_record_access")).isEqualTo(2);
    }
}
