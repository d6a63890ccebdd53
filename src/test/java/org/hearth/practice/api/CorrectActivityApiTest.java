package org.hearth.practice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.practice.api.PracticeApiSupport.aVisit;
import static org.hearth.practice.api.PracticeApiSupport.body;
import static org.hearth.practice.api.PracticeApiSupport.json;
import static org.hearth.practice.api.PracticeApiSupport.logRows;
import static org.hearth.practice.api.PracticeApiSupport.recorded;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.practice.StatutoryActivityCorrected;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * PUT /api/v1/children/{id}/{kind}/{activityId}: corrects an activity against the version the caller read (If-Match),
 * keeping the earlier version; or marks it as recorded in error, with the reason.
 */
@RecordApplicationEvents
class CorrectActivityApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;
    UUID visit;
    Map<String, Object> corrected;

    @BeforeEach
    void aRecordedVisit() throws Exception {
        child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        visit = recorded(mvc, data, child, "visits", aVisit());
        corrected = aVisit();
        corrected.put("date", "2026-11-19");
        corrected.put("seen", "SEEN");
    }

    private MockHttpServletRequestBuilder correct(UUID childId, Object id, Map<String, Object> body) {
        return put("/api/v1/children/" + childId + "/visits/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json(body));
    }

    private void assertUnchanged() {
        assertThat(data.ownerJdbc().queryForObject("SELECT version FROM statutory_activity WHERE id = ?",
                Integer.class, visit)).isZero();
        assertThat(data.count("statutory_activity_version")).isZero();
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(csrf()))
                .andExpect(status().isUnauthorized());
        assertUnchanged();
    }

    @Test
    void othersAreRefusedAndTheRecordRuleRefusalIsLogged() throws Exception {
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(data.as(data.performance))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(data.as(data.otherWorker))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.otherWorker, "CHANGE", "DENIED")).isEqualTo(1);
        assertUnchanged();
    }

    @Test
    void anUnknownActivityOrChildIsNotFound() throws Exception {
        mvc.perform(correct(child, UUID.randomUUID(), corrected).header("If-Match", "\"0\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(correct(data.aChild().create(), visit, corrected).header("If-Match", "\"0\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isNotFound());
        assertUnchanged();
    }

    @Test
    void requiresIfMatch() throws Exception {
        mvc.perform(correct(child, visit, corrected).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        assertUnchanged();
    }

    @Test
    void refusesAStaleIfMatchAndGivesTheCurrentETag() throws Exception {
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(data.as(data.manager))
                .with(csrf())).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        corrected.put("notes", "The worker's version");
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(data.ownerJdbc().queryForObject("SELECT details->>'notes' FROM statutory_activity WHERE id = ?",
                String.class, visit)).isEqualTo("Played football");
    }

    @Test
    void refusesBadInputNamingTheField() throws Exception {
        corrected.put("seen", "NOT_SEEN");
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("notSeenReason"));
        assertUnchanged();
    }

    @Test
    void correctsKeepingTheEarlierVersionAndWhoChangedIt() throws Exception {
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(data.as(data.manager))
                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.date").value("2026-11-19"))
                .andExpect(jsonPath("$.seen").value("SEEN"))
                .andExpect(jsonPath("$.recordedBy").value(data.worker.toString()))
                .andExpect(jsonPath("$.changedBy").value(data.manager.toString()))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(data.ownerJdbc().queryForMap("""
                SELECT activity_date::text AS date, details->>'seen' AS seen, changed_by
                FROM statutory_activity_version WHERE activity_id = ? AND version = 0""", visit))
                .containsEntry("date", "2026-11-20").containsEntry("seen", "SEEN_ALONE")
                .containsEntry("changed_by", data.worker);
        assertThat(logRows(data, child, data.manager, "CHANGE", "ALLOWED")).isEqualTo(1);
        assertThat(events.stream(StatutoryActivityCorrected.class)).singleElement().satisfies(e -> {
            assertThat(e.previousDate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 19));
            assertThat(e.enteredInError()).isFalse();
            assertThat(e.correctedBy()).isEqualTo(data.manager);
        });
    }

    @Test
    void marksAsRecordedInErrorOnlyWithAReasonAndThenNoMoreChanges() throws Exception {
        Map<String, Object> inError = aVisit();
        inError.put("enteredInError", true);
        mvc.perform(correct(child, visit, inError).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enteredInErrorReason"));
        assertUnchanged();

        inError.put("enteredInErrorReason", "Recorded against the wrong child");
        mvc.perform(correct(child, visit, inError).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enteredInError").value(true))
                .andExpect(jsonPath("$.enteredInErrorReason").value("Recorded against the wrong child"));
        assertThat(data.count("statutory_activity")).isEqualTo(1);

        mvc.perform(correct(child, visit, body("date", "2026-11-18", "seen", "SEEN", "location", "SCHOOL"))
                .header("If-Match", "\"1\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enteredInError"));
    }

    @Test
    void theApplicationCannotDeleteActivityOrRewriteItsHistory() throws Exception {
        mvc.perform(correct(child, visit, corrected).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isOk());
        org.springframework.jdbc.core.JdbcTemplate app = new org.springframework.jdbc.core.JdbcTemplate(
                applicationDataSource);
        for (String sql : new String[] {"DELETE FROM statutory_activity", "TRUNCATE statutory_activity",
            "UPDATE statutory_activity_version SET details = '{}'", "DELETE FROM statutory_activity_version"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.update(sql)).rootCause()
                    .hasMessageContaining("permission denied");
        }
        assertThat(data.count("statutory_activity_version")).isEqualTo(1);
    }

    @Autowired
    javax.sql.DataSource applicationDataSource;
}
