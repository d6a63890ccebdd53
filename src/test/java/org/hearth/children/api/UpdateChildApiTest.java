package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.api.ApiTestSupport.childBody;
import static org.hearth.children.api.ApiTestSupport.json;
import static org.hearth.children.api.ApiTestSupport.logRows;
import static org.hearth.children.api.ApiTestSupport.version;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.hearth.children.NewChild;
import org.hearth.children.internal.ChildService;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** PUT /api/v1/children/{id}: changes details only against the version the caller read (If-Match). */
class UpdateChildApiTest extends IntegrationTest {

    @Autowired
    ChildService children;

    UUID child;
    NewChild original;
    Map<String, Object> body;

    @BeforeEach
    void aNorthTeamChild() {
        var builder = data.aChild().localChildId("LC3001").named("Amara", "Okonkwo");
        original = builder.build();
        child = builder.create();
        body = childBody(original);
        body.put("firstName", "Amy");
    }

    private MockHttpServletRequestBuilder update(Object id, Map<String, Object> input) {
        return put("/api/v1/children/" + id).contentType(MediaType.APPLICATION_JSON).content(json(input));
    }

    private void assertUnchanged() {
        assertThat(version(data, child)).isZero();
        assertThat(data.ownerJdbc().queryForObject("SELECT first_name FROM child WHERE id = ?", String.class, child))
                .isEqualTo("Amara");
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? "
                + "AND action = 'CHANGE' AND outcome = 'ALLOWED' AND what = 'changed child details'", Long.class,
                child)).isZero();
    }

    @Test
    void withoutSigningInIsRefusedWithAProblem() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertUnchanged();
    }

    @Test
    void rolesThatDoNotEditRecordsAreRefused() throws Exception {
        for (UUID user : new UUID[] {data.performance, data.iro, data.admin}) {
            mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(logRows(data, child, user, "CHANGE", "DENIED")).isEqualTo(1);
        }
        assertUnchanged();
    }

    @Test
    void aSocialWorkerOfAnotherTeamIsRefusedByTheRecordRuleAndTheRefusalIsLogged() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(logRows(data, child, data.otherWorker, "CHANGE", "DENIED")).isEqualTo(1);
        assertUnchanged();
    }

    @Test
    void aPersonalAdviserOfAnotherTeamIsRefusedByTheRecordRule() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.personalAdviser))
                .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.personalAdviser, "CHANGE", "DENIED")).isEqualTo(1);
        assertUnchanged();
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(update(UUID.randomUUID(), body).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(update("LC3001", body).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertUnchanged();
        assertThat(data.count("child")).isEqualTo(1);
    }

    @Test
    void aSessionWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.worker)))
                .andExpect(status().isForbidden());
        assertUnchanged();
    }

    @Test
    void requiresIfMatch() throws Exception {
        mvc.perform(update(child, body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(428));
        assertUnchanged();
    }

    @Test
    void refusesAStaleIfMatchAndGivesTheCurrentETag() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "\"3\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.currentVersion").value(0));
        assertUnchanged();
    }

    @Test
    void refusesToOverwriteSomeoneElsesChange() throws Exception {
        // the manager changes the record after the worker read it at version 0
        Map<String, Object> managers = childBody(original);
        managers.put("preferredName", "Mara");
        mvc.perform(update(child, managers).header("If-Match", "\"0\"").with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""));
        assertThat(version(data, child)).isEqualTo(1);
        assertThat(data.ownerJdbc().queryForObject("SELECT first_name FROM child WHERE id = ?", String.class, child))
                .isEqualTo("Amara");
    }

    @Test
    void refusesAnIfMatchThatIsNotAnETag() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "yesterday").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertUnchanged();
    }

    @Test
    void changesTheRecordAndMovesTheVersionOn() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.firstName").value("Amy"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(version(data, child)).isEqualTo(1);
        assertThat(logRows(data, child, data.worker, "CHANGE", "ALLOWED")).isEqualTo(1);
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.worker)))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.firstName").value("Amy"));
        // and again with the new ETag
        body.put("firstName", "Ama");
        mvc.perform(update(child, body).header("If-Match", "\"1\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void acceptsAWeakETag() throws Exception {
        mvc.perform(update(child, body).header("If-Match", "W/\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
    }

    @Test
    void changesTheAllocatedWorker() throws Exception {
        body.put("allocatedWorkerId", data.otherWorker.toString());
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allocatedWorkerId").value(data.otherWorker.toString()));
        assertThat(data.ownerJdbc().queryForObject("SELECT allocated_worker_id FROM child WHERE id = ?", UUID.class,
                child)).isEqualTo(data.otherWorker);
        // the newly allocated South worker can now open the record
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.otherWorker))).andExpect(status().isOk());
    }

    @Test
    void refusesAnAllocatedWorkerWhoDoesNotExist() throws Exception {
        body.put("allocatedWorkerId", UUID.randomUUID().toString());
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("allocatedWorkerId"));
        assertUnchanged();
    }

    @Test
    void refusesInvalidDetailsNamingTheField() throws Exception {
        body.put("nhsNumber", "9434765918");
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nhsNumber"));
        assertUnchanged();
    }

    @Test
    void refusesAMalformedDateNamingTheField() throws Exception {
        body.put("dateOfBirth", "14/03/2014");
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        assertUnchanged();
    }

    @Test
    void refusesTheLocalChildIdOfAnotherChild() throws Exception {
        data.aChild().localChildId("LC3002").create();
        body.put("localChildId", "LC3002");
        mvc.perform(update(child, body).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("localChildId"));
        assertUnchanged();
    }
}
