package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Changing a child's details on the page: optimistic locking shows a conflict and keeps what was typed. */
class ChangeChildDetailsPageTest extends IntegrationTest {

    private MockHttpServletRequestBuilder edit(UUID child, int version, String preferredName, String postcode) {
        return post("/children/" + child + "/edit").with(csrf()).param("version", String.valueOf(version))
                .param("localChildId", "CB500001").param("firstName", "Amara").param("lastName", "Okonkwo")
                .param("preferredName", preferredName).param("dateOfBirthDay", "14").param("dateOfBirthMonth", "3")
                .param("dateOfBirthYear", "2014").param("sex", "F").param("ethnicity", "BAFR")
                .param("homePostcode", "LU5 4QQ").param("currentPostcode", postcode)
                .param("responsibleTeamId", data.northTeam.toString()).param("allocatedWorkerId", data.worker.toString());
    }

    @Test
    void aSavedChangeMovesTheVersionOn() throws Exception {
        UUID child = data.aChild().localChildId("CB500001").create();
        mvc.perform(edit(child, 0, "Mara", "mk45 2dd").with(data.as(data.worker)))
                .andExpect(redirectedUrl("/children/" + child));
        assertThat(data.ownerJdbc().queryForMap("SELECT preferred_name, current_postcode, version FROM child"))
                .containsEntry("preferred_name", "Mara").containsEntry("current_postcode", "MK45 2DD")
                .containsEntry("version", 1);
    }

    @Test
    void aStaleEditShowsWhatChangedAndKeepsTheTypedValues() throws Exception {
        UUID child = data.aChild().localChildId("CB500001").create();
        mvc.perform(edit(child, 0, "Mara", "LU5 4QQ").with(data.as(data.manager)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(edit(child, 0, "Amy", "SG18 8QB").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Mara")))
                .andExpect(content().string(containsString("value=\"Amy\"")))
                .andExpect(content().string(containsString("value=\"SG18 8QB\"")));
        assertThat(data.ownerJdbc().queryForMap("SELECT preferred_name, version FROM child"))
                .containsEntry("preferred_name", "Mara").containsEntry("version", 1);
    }

    @Test
    void invalidDetailsAreRefusedNamingEachFieldAndNothingIsSaved() throws Exception {
        UUID child = data.aChild().localChildId("CB500001").create();
        mvc.perform(edit(child, 0, "Mara", "not a postcode").param("nhsNumber", "1234567890")
                .param("dateOfBirthMonth", "13").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("href=\"#dateOfBirth\"")));
        mvc.perform(edit(child, 0, "Mara", "not a postcode").param("nhsNumber", "1234567890")
                .with(data.as(data.worker)))
                .andExpect(content().string(containsString("NHS number must be 10 digits with a valid check digit")))
                .andExpect(content().string(containsString("Current address postcode must be a UK postcode")));
        assertThat(data.ownerJdbc().queryForObject("SELECT version FROM child", Integer.class)).isZero();
    }
}
