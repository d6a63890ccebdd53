package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hearth.children.api.ApiTestSupport.childBody;
import static org.hearth.children.api.ApiTestSupport.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/v1/children: creates a record, or refuses naming the field and saving nothing. */
class CreateChildApiTest extends IntegrationTest {

    private static final String CREATE = "/api/v1/children";

    Map<String, Object> body;

    @BeforeEach
    void aNorthTeamChildAllocatedToTheWorker() {
        body = childBody(data.aChild().localChildId("LC2001").build());
    }

    private MockHttpServletRequestBuilder create(Object requestBody) {
        return post(CREATE).contentType(MediaType.APPLICATION_JSON)
                .content(requestBody instanceof String text ? text : json(requestBody));
    }

    private ResultActions refused(Map<String, Object> input, String field) throws Exception {
        ResultActions result = mvc.perform(create(input).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(data.count("child")).isZero();
        return result;
    }

    @Test
    void withoutSigningInIsRefusedWithAProblem() throws Exception {
        mvc.perform(create(body).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.count("child")).isZero();
    }

    @Test
    void rolesThatDoNotCreateRecordsAreRefused() throws Exception {
        for (UUID user : new UUID[] {data.performance, data.iro, data.personalAdviser, data.admin}) {
            mvc.perform(create(body).with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(data.count("child")).isZero();
        assertThat(data.count("access_log")).isZero();
    }

    @Test
    void aSocialWorkerCannotCreateARecordTheyWouldNotBeAllowedToSee() throws Exception {
        // a North team child allocated to the North worker: the South worker could not open it
        mvc.perform(create(body).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.count("child")).isZero();
        assertThat(data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log WHERE user_id = ? AND outcome = 'DENIED'""", Long.class,
                data.otherWorker)).isEqualTo(1);
        assertThat(data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log WHERE user_id = ? AND outcome = 'ALLOWED'""", Long.class,
                data.otherWorker)).isZero();
    }

    @Test
    void aSocialWorkerMayCreateARecordForAnotherTeamAllocatedToThemselves() throws Exception {
        body.put("allocatedWorkerId", data.otherWorker.toString());
        mvc.perform(create(body).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isCreated());
        assertThat(data.count("child")).isEqualTo(1);
    }

    @Test
    void aSessionWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(create(body).with(data.as(data.worker)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.count("child")).isZero();
    }

    @Test
    void createsTheRecordAndSaysWhereItIs() throws Exception {
        body.put("nhsNumber", "943 476 5919");
        body.put("homePostcode", "lu54qq");
        body.put("sex", "f");
        String response = mvc.perform(create(body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.localChildId").value("LC2001"))
                .andExpect(jsonPath("$.nhsNumber").value("9434765919"))
                .andExpect(jsonPath("$.homePostcode").value("LU5 4QQ"))
                .andExpect(jsonPath("$.sex").value("F"))
                .andExpect(jsonPath("$.responsibleTeamId").value(data.northTeam.toString()))
                .andExpect(jsonPath("$.allocatedWorkerId").value(data.worker.toString()))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(response, "$.id"));
        assertThat(data.count("child")).isEqualTo(1);
        mvc.perform(get("/api/v1/children/" + id).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.localChildId").value("LC2001"));
        assertThat(ApiTestSupport.logRows(data, id, data.worker, "CHANGE", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void theLocationHeaderNamesTheNewRecord() throws Exception {
        var result = mvc.perform(create(body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn();
        UUID id = data.ownerJdbc().queryForObject("SELECT id FROM child", UUID.class);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/children/" + id);
    }

    @Test
    void managersAndHeadsOfServiceCreateRecordsToo() throws Exception {
        mvc.perform(create(body).with(data.as(data.manager)).with(csrf())).andExpect(status().isCreated());
        body.put("localChildId", "LC2002");
        mvc.perform(create(body).with(data.as(data.head)).with(csrf())).andExpect(status().isCreated());
        assertThat(data.count("child")).isEqualTo(2);
    }

    @Test
    void refusesALocalChildIdAnotherChildHas() throws Exception {
        data.aChild().localChildId("LC2001").create();
        body.put("localChildId", "lc2001");
        mvc.perform(create(body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("localChildId"));
        assertThat(data.count("child")).isEqualTo(1);
    }

    @Test
    void refusesAnNhsNumberWithAWrongCheckDigit() throws Exception {
        body.put("nhsNumber", "9434765918");
        refused(body, "nhsNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I123456789012", "O123456789012", "S123456789012", "A12345678901", "UN6", "UN0"})
    void refusesAnInvalidUpn(String upn) throws Exception {
        body.put("upn", upn);
        refused(body, "upn");
    }

    @Test
    void acceptsUn3ForAChildWithNoUpn() throws Exception {
        body.put("upn", "UN3");
        mvc.perform(create(body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.upn").value("UN3"));
    }

    @Test
    void refusesADateOfBirthInTheFuture() throws Exception {
        body.put("dateOfBirth", "2026-11-27");
        refused(body, "dateOfBirth");
    }

    @Test
    void refusesAnUnknownSex() throws Exception {
        body.put("sex", "X");
        refused(body, "sex");
    }

    @Test
    void refusesATeamThatDoesNotExist() throws Exception {
        body.put("responsibleTeamId", UUID.randomUUID().toString());
        refused(body, "responsibleTeamId");
    }

    @Test
    void refusesAMalformedDateNamingTheField() throws Exception {
        body.put("dateOfBirth", "2020-13-45");
        refused(body, "dateOfBirth");
    }

    @Test
    void refusesATeamIdThatIsNotAUuidNamingTheField() throws Exception {
        body.put("responsibleTeamId", "north");
        refused(body, "responsibleTeamId");
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        mvc.perform(create("{\"localChildId\": ").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.count("child")).isZero();
    }

    @Test
    void namesEveryMissingField() throws Exception {
        body.put("firstName", " ");
        body.put("lastName", null);
        refused(body, "firstName")
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("firstName", "lastName")));
    }
}
