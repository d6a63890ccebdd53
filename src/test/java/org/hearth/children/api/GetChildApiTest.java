package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.api.ApiTestSupport.etag;
import static org.hearth.children.api.ApiTestSupport.logRows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.children.internal.ChildService;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** GET /api/v1/children/{id}: the record, its version as ETag, and a log entry for every look. */
class GetChildApiTest extends IntegrationTest {

    @Autowired
    ChildService children;

    UUID child;

    @BeforeEach
    void aNorthTeamChild() {
        child = data.aChild().localChildId("LC1001").named("Amara", "Okonkwo").create();
    }

    private String url(Object id) {
        return "/api/v1/children/" + id;
    }

    @Test
    void withoutSigningInIsRefusedWithAProblem() throws Exception {
        mvc.perform(get(url(child)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE action = 'VIEW'",
                Long.class)).isZero();
    }

    @Test
    void administratorsAreRefusedByRoleAndTheRefusalIsLogged() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.admin)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(logRows(data, child, data.admin, "VIEW", "DENIED")).isEqualTo(1);
        assertThat(logRows(data, child, data.admin, "VIEW", "ALLOWED")).isZero();
    }

    @Test
    void aSocialWorkerOfAnotherTeamIsRefusedByTheRecordRuleAndTheRefusalIsLogged() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.localChildId").doesNotExist());
        assertThat(logRows(data, child, data.otherWorker, "VIEW", "DENIED")).isEqualTo(1);
        assertThat(logRows(data, child, data.otherWorker, "VIEW", "ALLOWED")).isZero();
    }

    @Test
    void aPersonalAdviserOfAnotherTeamIsRefusedByTheRecordRule() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.personalAdviser)))
                .andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.personalAdviser, "VIEW", "DENIED")).isEqualTo(1);
    }

    @Test
    void aManagerOfAnotherTeamIsRefusedByTheRecordRule() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.southManager)))
                .andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.southManager, "VIEW", "DENIED")).isEqualTo(1);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get(url(UUID.randomUUID())).with(data.as(data.worker)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anIdThatIsNotAUuidIsNotFound() throws Exception {
        mvc.perform(get(url("LC1001")).with(data.as(data.worker)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void returnsTheRecordWithItsVersionAsETag() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(child.toString()))
                .andExpect(jsonPath("$.localChildId").value("LC1001"))
                .andExpect(jsonPath("$.firstName").value("Amara"))
                .andExpect(jsonPath("$.lastName").value("Okonkwo"))
                .andExpect(jsonPath("$.dateOfBirth").value("2014-03-14"))
                .andExpect(jsonPath("$.sex").value("F"))
                .andExpect(jsonPath("$.ethnicity").value("BAFR"))
                .andExpect(jsonPath("$.upn").value("A123456789012"))
                .andExpect(jsonPath("$.nhsNumber").value("9434765919"))
                .andExpect(jsonPath("$.uasc").value(false))
                .andExpect(jsonPath("$.homePostcode").value("LU5 4QQ"))
                .andExpect(jsonPath("$.responsibleTeamId").value(data.northTeam.toString()))
                .andExpect(jsonPath("$.allocatedWorkerId").value(data.worker.toString()))
                .andExpect(jsonPath("$.restricted").value(false))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void theETagFollowsTheVersionAsTheRecordChanges() throws Exception {
        data.startCare(child, LocalDate.of(2025, 1, 10));
        int version = ApiTestSupport.version(data, child);
        assertThat(version).isEqualTo(1);
        mvc.perform(get(url(child)).with(data.as(data.worker)))
                .andExpect(header().string("ETag", etag(version)))
                .andExpect(jsonPath("$.version").value(version));
    }

    @Test
    void eachLookIsLoggedAsAnAllowedView() throws Exception {
        mvc.perform(get(url(child)).with(data.as(data.worker))).andExpect(status().isOk());
        assertThat(logRows(data, child, data.worker, "VIEW", "ALLOWED")).isEqualTo(1);
        assertThat(data.ownerJdbc().queryForObject("""
                SELECT what FROM access_log WHERE child_id = ? AND user_id = ? AND action = 'VIEW'""",
                String.class, child, data.worker)).isEqualTo("child record (API)");
        mvc.perform(get(url(child)).with(data.as(data.worker))).andExpect(status().isOk());
        assertThat(logRows(data, child, data.worker, "VIEW", "ALLOWED")).isEqualTo(2);
    }

    @Test
    void theTeamManagerAndTheWholeServiceRolesCanSeeIt() throws Exception {
        for (UUID user : new UUID[] {data.manager, data.iro, data.head, data.performance}) {
            mvc.perform(get(url(child)).with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.localChildId").value("LC1001"));
        }
    }

    @Test
    void theAllocatedWorkerSeesAChildOfAnotherTeam() throws Exception {
        UUID south = data.aChild().inTeam(data.southTeam).allocatedTo(data.worker).create();
        mvc.perform(get(url(south)).with(data.as(data.worker))).andExpect(status().isOk());
        mvc.perform(get(url(south)).with(data.as(data.manager))).andExpect(status().isForbidden());
    }

    @Test
    void aRestrictedRecordIsSeenOnlyByThoseNamedOnIt() throws Exception {
        children.restrict(data.currentUser(data.head), child, "Adoption placement");
        // the allocated worker is named when the record is restricted; the team manager is not
        mvc.perform(get(url(child)).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restricted").value(true));
        mvc.perform(get(url(child)).with(data.as(data.manager))).andExpect(status().isForbidden());
        mvc.perform(get(url(child)).with(data.as(data.iro))).andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.manager, "VIEW", "DENIED")).isEqualTo(1);
        assertThat(logRows(data, child, data.iro, "VIEW", "DENIED")).isEqualTo(1);
    }
}
