package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.access.Role;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/v1/admin/reallocations: a caseload or chosen children to new workers, all or nothing. */
class ReallocationTest extends IntegrationTest {

    UUID first;
    UUID second;
    UUID third;
    UUID colleague;

    @BeforeEach
    void aWorkerWithThreeChildren() {
        first = data.aChild().create();
        second = data.aChild().create();
        third = data.aChild().create();
        colleague = data.user("colleague", Role.SOCIAL_WORKER, data.northTeam);
    }

    private MockHttpServletRequestBuilder reallocate(String json) {
        return post("/api/v1/admin/reallocations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private UUID workerOf(UUID child) {
        return data.ownerJdbc().queryForObject("SELECT allocated_worker_id FROM child WHERE id = ?", UUID.class, child);
    }

    @Test
    void onlyAdministratorsReallocate() throws Exception {
        String body = "{\"fromWorkerId\":\"%s\",\"toWorkerId\":\"%s\",\"reason\":\"left\"}"
                .formatted(data.worker, colleague);
        mvc.perform(reallocate(body)).andExpect(status().isUnauthorized());
        for (UUID user : new UUID[] {data.worker, data.manager, data.head}) {
            mvc.perform(reallocate(body).with(data.as(user))).andExpect(status().isForbidden());
        }
        assertThat(workerOf(first)).isEqualTo(data.worker);
    }

    @Test
    void aWholeCaseloadMovesInOneStepWithChosenExceptions() throws Exception {
        mvc.perform(reallocate("""
                {"fromWorkerId":"%s","toWorkerId":"%s","reason":"Left the service",
                 "assignments":[{"childId":"%s","toWorkerId":"%s"}]}"""
                .formatted(data.worker, colleague, third, data.manager)).with(data.as(data.admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reallocated").value(3));
        assertThat(workerOf(first)).isEqualTo(colleague);
        assertThat(workerOf(second)).isEqualTo(colleague);
        assertThat(workerOf(third)).isEqualTo(data.manager);
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE action = 'CHANGE' "
                + "AND what LIKE 'reallocated from Worker to %: Left the service'", Long.class)).isEqualTo(3);
    }

    @Test
    void oneChildMoves() throws Exception {
        mvc.perform(reallocate("""
                {"reason":"Better match","assignments":[{"childId":"%s","toWorkerId":"%s"}]}"""
                .formatted(second, colleague)).with(data.as(data.admin)))
                .andExpect(jsonPath("$.changes[0].childId").value(second.toString()));
        assertThat(workerOf(first)).isEqualTo(data.worker);
        assertThat(workerOf(second)).isEqualTo(colleague);
    }

    @Test
    void anyProblemMeansNoChildMoves() throws Exception {
        data.disable(colleague);
        mvc.perform(reallocate("""
                {"fromWorkerId":"%s","toWorkerId":"%s","reason":"Left",
                 "assignments":[{"childId":"%s","toWorkerId":"%s"}]}"""
                .formatted(data.worker, data.manager, first, colleague)).with(data.as(data.admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignments[0].toWorkerId"));
        assertThat(workerOf(first)).isEqualTo(data.worker);
        assertThat(workerOf(second)).isEqualTo(data.worker);
        assertThat(workerOf(third)).isEqualTo(data.worker);
    }

    @Test
    void aReasonAndSomeoneToTakeTheChildrenAreNeeded() throws Exception {
        mvc.perform(reallocate("{\"fromWorkerId\":\"%s\",\"toWorkerId\":\"%s\"}".formatted(data.worker, data.admin))
                .with(data.as(data.admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("reason",
                        "toWorkerId")));
    }
}
