package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hearth.children.api.ApiTestSupport.logRows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** GET /api/v1/children/{id}/access-log: who opened the record, for its team's managers and heads of service. */
class AccessLogApiTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aNorthTeamChild() {
        child = data.aChild().create();
    }

    private String url(Object id) {
        return "/api/v1/children/" + id + "/access-log";
    }

    @Test
    void withoutSigningInIsRefusedWithAProblem() throws Exception {
        mvc.perform(get(url(child)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void socialWorkersAndOtherRolesAreRefusedByRole() throws Exception {
        for (UUID user : new UUID[] {data.worker, data.personalAdviser, data.iro, data.performance, data.admin}) {
            mvc.perform(get(url(child)).with(data.as(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(logRows(data, child, user, "VIEW", "DENIED")).isEqualTo(1);
        }
    }

    @Test
    void aManagerOfAnotherTeamIsRefusedAndTheRefusalIsLogged() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.southManager)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.items").doesNotExist());
        assertThat(logRows(data, child, data.southManager, "VIEW", "DENIED")).isEqualTo(1);
        assertThat(logRows(data, child, data.southManager, "VIEW", "ALLOWED")).isZero();
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get(url(UUID.randomUUID())).with(data.as(data.manager)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(url("C100001")).with(data.as(data.manager)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theChildsTeamManagerSeesEntriesNewestFirstIncludingTheirOwnEarlierView() throws Exception {
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.worker))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.manager))).andExpect(status().isOk());
        mvc.perform(get(url(child)).with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[*].what").value(contains("access history", "child record (API)",
                        "child record (API)", "created child record")))
                .andExpect(jsonPath("$.items[*].username").value(contains("manager", "manager", "worker", "head")))
                .andExpect(jsonPath("$.items[*].action").value(contains("VIEW", "VIEW", "VIEW", "CHANGE")))
                .andExpect(jsonPath("$.items[*].outcome").value(contains("ALLOWED", "ALLOWED", "ALLOWED",
                        "ALLOWED")))
                .andExpect(jsonPath("$.items[1].userId").value(data.manager.toString()))
                .andExpect(jsonPath("$.items[1].childId").value(child.toString()))
                .andExpect(jsonPath("$.items[1].occurredAt").exists());
    }

    @Test
    void refusalsAppearInTheHistory() throws Exception {
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        mvc.perform(get(url(child)).with(data.as(data.manager)))
                .andExpect(jsonPath("$.items[1].username").value("south-worker"))
                .andExpect(jsonPath("$.items[1].outcome").value("DENIED"));
    }

    @Test
    void aHeadOfServiceSeesTheHistory() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].what").value(contains("access history", "created child record")));
        assertThat(logRows(data, child, data.head, "VIEW", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void pagesThroughTheHistory() throws Exception {
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.worker))).andExpect(status().isOk());
        mvc.perform(get(url(child)).param("size", "1").with(data.as(data.manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].what").value(contains("access history")))
                .andExpect(jsonPath("$.size").value(1));
        mvc.perform(get(url(child)).param("page", "2").param("size", "1").with(data.as(data.manager)))
                .andExpect(jsonPath("$.items[*].what").value(contains("child record (API)")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101"})
    void refusesPageSizesOutsideOneToAHundred(String size) throws Exception {
        mvc.perform(get(url(child)).param("size", size).with(data.as(data.manager)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void refusesANegativePage() throws Exception {
        mvc.perform(get(url(child)).param("page", "-1").with(data.as(data.manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }
}
