package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** POST /api/v1/carers: add a foster household or setting to the register. */
class RegisterCarerApiTest extends IntegrationTest {

    private static final String HOUSEHOLD = """
            {"kind":"FOSTER_HOUSEHOLD","name":"Mr and Mrs Patel","approvalType":"CONNECTED_PERSON",
             "postcode":"lu5 4qq"}""";

    @Test
    void signedOutCallersAreRefused() throws Exception {
        mvc.perform(post("/api/v1/carers").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(HOUSEHOLD))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void rolesThatDoNotRecordPlacementsAreRefused() throws Exception {
        for (var user : new java.util.UUID[] {data.admin, data.performance, data.iro}) {
            mvc.perform(post("/api/v1/carers").with(data.as(user)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(HOUSEHOLD)).andExpect(status().isForbidden());
        }
        assertThat(data.count("carer")).isEqualTo(3);
    }

    @Test
    void aSocialWorkerAddsAHousehold() throws Exception {
        mvc.perform(post("/api/v1/carers").with(data.as(data.worker)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(HOUSEHOLD))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("Mr and Mrs Patel"))
                .andExpect(jsonPath("$.postcode").value("LU5 4QQ"));
        assertThat(data.count("carer")).isEqualTo(4);
    }

    @Test
    void aHouseholdNeedsAnApprovalTypeAndASettingMustNotHaveOne() throws Exception {
        mvc.perform(post("/api/v1/carers").with(data.as(data.worker)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"FOSTER_HOUSEHOLD\",\"name\":\"Ms Hughes\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvalType"));
        mvc.perform(post("/api/v1/carers").with(data.as(data.worker)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"SETTING\",\"name\":\"Oak House\",\"approvalType\":\"AGENCY\",\"ofstedUrn\":\"SC12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvalType"))
                .andExpect(jsonPath("$.errors[1].field").value("ofstedUrn"));
        assertThat(data.count("carer")).isEqualTo(3);
    }
}
