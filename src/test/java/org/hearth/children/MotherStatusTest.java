package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * A young woman's mother status and her first child's date of birth (903 Header MOTHER, MC_DOB) on the details page
 * and the API: saved and shown, and refused, naming the field, where the 903 rules would flag them.
 */
class MotherStatusTest extends IntegrationTest {

    private static final LocalDate BORN = LocalDate.of(2009, 4, 20);

    private MockHttpServletRequestBuilder edit(UUID child, String sex, String mother, String day, String month,
            String year) {
        return post("/children/" + child + "/edit").with(csrf()).param("version", "0")
                .param("localChildId", "MS1").param("firstName", "Amara").param("lastName", "Okonkwo")
                .param("dateOfBirthDay", "20").param("dateOfBirthMonth", "4").param("dateOfBirthYear", "2009")
                .param("sex", sex).param("ethnicity", "BAFR").param("mother", mother)
                .param("firstChildBornOnDay", day).param("firstChildBornOnMonth", month)
                .param("firstChildBornOnYear", year).param("responsibleTeamId", data.northTeam.toString())
                .param("allocatedWorkerId", data.worker.toString());
    }

    @Test
    void aMotherStatusIsSavedAndShownOnTheChildsPage() throws Exception {
        UUID child = data.aChild().localChildId("MS1").born(BORN).create();
        mvc.perform(get("/children/" + child).with(data.as(data.worker)))
                .andExpect(content().string(containsString("Not recorded")));
        mvc.perform(edit(child, "F", "true", "5", "6", "2025").with(data.as(data.worker)))
                .andExpect(redirectedUrl("/children/" + child));
        assertThat(data.ownerJdbc().queryForMap("SELECT mother, first_child_born_on, version FROM child"))
                .containsEntry("mother", true).containsEntry("first_child_born_on", java.sql.Date.valueOf(
                        "2025-06-05")).containsEntry("version", 1);
        mvc.perform(get("/children/" + child).with(data.as(data.worker)))
                .andExpect(content().string(containsString("Yes, first child born 5 June 2025")));
        // and the form shows what is recorded
        mvc.perform(get("/children/" + child + "/edit").with(data.as(data.worker)))
                .andExpect(content().string(containsString("name=\"firstChildBornOnYear\" type=\"text\" "
                        + "inputmode=\"numeric\" value=\"2025\"")));
    }

    @Test
    void whatThe903RulesWouldFlagIsRefusedNamingTheField() throws Exception {
        UUID child = data.aChild().localChildId("MS1").born(BORN).create();
        refused(edit(child, "M", "false", "", "", ""), "mother", "sex is male"); // 165, 174
        refused(edit(child, "F", "false", "5", "6", "2025"), "firstChildBornOn",
                "Only enter the date of birth of her first child if she is a mother"); // 612
        refused(edit(child, "F", "", "5", "6", "2025"), "firstChildBornOn",
                "Only enter the date of birth of her first child if she is a mother"); // 612
        refused(edit(child, "F", "true", "", "", ""), "firstChildBornOn",
                "Enter the date of birth of her first child"); // 611
        refused(edit(child, "F", "true", "19", "4", "2020"), "firstChildBornOn", "on or after her 11th birthday");
        refused(edit(child, "F", "true", "1", "1", "2008"), "firstChildBornOn", "after her own date of birth");
        refused(edit(child, "F", "true", "1", "1", "2030"), "firstChildBornOn", "today or in the past");
        assertThat(data.ownerJdbc().queryForObject("SELECT version FROM child", Integer.class)).isZero();
        // a boy, and a girl not yet recorded, need nothing
        mvc.perform(edit(child, "M", "", "", "", "").with(data.as(data.worker)))
                .andExpect(redirectedUrl("/children/" + child));
    }

    private void refused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        mvc.perform(request.with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#" + field + "\"")))
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void theApiTakesAndGivesTheMotherStatus() throws Exception {
        UUID child = data.aChild().localChildId("MS1").born(BORN).create();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("localChildId", "MS1");
        body.put("firstName", "Amara");
        body.put("lastName", "Okonkwo");
        body.put("dateOfBirth", BORN.toString());
        body.put("sex", "F");
        body.put("ethnicity", "BAFR");
        body.put("responsibleTeamId", data.northTeam.toString());
        body.put("allocatedWorkerId", data.worker.toString());
        body.put("mother", true);
        mvc.perform(put("/api/v1/children/" + child).contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.builder().build().writeValueAsString(body)).header("If-Match", "\"0\"")
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firstChildBornOn"));
        body.put("firstChildBornOn", "2025-06-05");
        mvc.perform(put("/api/v1/children/" + child).contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.builder().build().writeValueAsString(body)).header("If-Match", "\"0\"")
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mother").value(true))
                .andExpect(jsonPath("$.firstChildBornOn").value("2025-06-05"));
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.worker)))
                .andExpect(jsonPath("$.mother").value(true))
                .andExpect(jsonPath("$.firstChildBornOn").value("2025-06-05"));
    }
}
