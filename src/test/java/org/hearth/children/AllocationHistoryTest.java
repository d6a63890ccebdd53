package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Allocation history (903 SWEpisodes): written with every change of worker, with the 903 reason. */
class AllocationHistoryTest extends IntegrationTest {

    @Autowired
    AllocationHistories histories;
    @Autowired
    Directory directory;

    @Test
    void aNewRecordOpensTheFirstPeriodAsAFirstContact() {
        UUID child = data.aChild().create();
        assertThat(histories.of(List.of(child)).get(child)).containsExactly(
                new AllocationPeriod(data.worker, TestClock.TODAY, null, "FCONTA"));
    }

    @Test
    void aReallocationEndsThePeriodAndOpensTheNextWithTheReasonGiven() throws Exception {
        UUID child = data.aChild().create();
        UUID colleague = data.user("colleague", Role.SOCIAL_WORKER, data.northTeam);
        mvc.perform(post("/api/v1/admin/reallocations").with(csrf()).with(data.as(data.admin))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"reason":"Left the service","changeReason":"LEFTRL",
                         "assignments":[{"childId":"%s","toWorkerId":"%s"}]}""".formatted(child, colleague)))
                .andExpect(status().isOk());
        assertThat(histories.of(List.of(child)).get(child)).containsExactly(
                new AllocationPeriod(data.worker, TestClock.TODAY, TestClock.TODAY, "FCONTA"),
                new AllocationPeriod(colleague, TestClock.TODAY, null, "LEFTRL"));
        assertThat(data.ownerJdbc().queryForObject("SELECT note FROM allocation_period WHERE worker_id = ?",
                String.class, colleague)).isEqualTo("Left the service");
    }

    @Test
    void withoutAReasonTheChangeIsOtherAndAnUnknownReasonIsRefusedByName() throws Exception {
        UUID child = data.aChild().create();
        UUID colleague = data.user("colleague", Role.SOCIAL_WORKER, data.northTeam);
        String body = """
                {"reason":"Better match",%s"assignments":[{"childId":"%s","toWorkerId":"%s"}]}""";
        mvc.perform(post("/api/v1/admin/reallocations").with(csrf()).with(data.as(data.admin))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted("\"changeReason\":\"BORED\",", child,
                        colleague)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("changeReason"));
        assertThat(histories.of(List.of(child)).get(child)).hasSize(1);
        mvc.perform(post("/api/v1/admin/reallocations").with(csrf()).with(data.as(data.admin))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted("", child, colleague)))
                .andExpect(status().isOk());
        assertThat(histories.of(List.of(child)).get(child)).last()
                .isEqualTo(new AllocationPeriod(colleague, TestClock.TODAY, null, "OTHERS"));
    }

    @Test
    void workersHaveAStableSocialWorkerIdBeginningXxUntilOneIsRecorded() {
        String id = directory.socialWorkerIds(List.of(data.worker)).get(data.worker);
        assertThat(id).startsWith("XX").hasSize(12).isEqualTo(Directory.defaultSocialWorkerId(data.worker));
        data.ownerJdbc().update("UPDATE app_user SET social_worker_id = 'SW12345' WHERE id = ?", data.worker);
        assertThat(directory.socialWorkerIds(List.of(data.worker))).containsEntry(data.worker, "SW12345");
    }

    @Test
    void administratorsRecordTheSocialWorkerIdOnTheUsersPage() throws Exception {
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
                form = id -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/users/"
                        + data.worker).with(csrf()).with(data.as(data.admin)).param("displayName", "Worker")
                        .param("roles", "SOCIAL_WORKER").param("teamIds", data.northTeam.toString())
                        .param("enabled", "true").param("socialWorkerId", id);
        mvc.perform(form.apply("AB123")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("The social worker ID must begin SW or XX")));
        assertThat(directory.socialWorkerIds(List.of(data.worker)).get(data.worker)).startsWith("XX");
        mvc.perform(form.apply("sw777")).andExpect(status().is3xxRedirection());
        assertThat(directory.socialWorkerIds(List.of(data.worker))).containsEntry(data.worker, "SW777");
    }
}
