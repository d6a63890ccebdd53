package org.hearth.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The young person's leaving care record on pages: forms refuse bad input and stale edits; changes feed ratings. */
class LeavingCareRecordTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aFormerRelevantYoungPerson() {
        child = CareLeaverTestSupport.formerRelevant(data, "Jade", "Morris", data.northTeam, data.worker);
    }

    private MockHttpServletRequestBuilder form(String form, String... fields) {
        MockHttpServletRequestBuilder request = post("/children/" + child + "/leaving-care/" + form)
                .with(data.as(data.worker)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private int version() {
        Integer v = data.ownerJdbc().queryForList("SELECT version FROM care_leaver WHERE child_id = ?", Integer.class,
                child).stream().findFirst().orElse(0);
        return v;
    }

    private static String[] date(String field, LocalDate d) {
        return new String[] {field + "Day", String.valueOf(d.getDayOfMonth()), field + "Month",
            String.valueOf(d.getMonthValue()), field + "Year", String.valueOf(d.getYear())};
    }

    private static String[] join(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void theRecordShowsTheCategoryWithWhy() throws Exception {
        mvc.perform(get("/children/" + child + "/leaving-care").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Former relevant")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "In care 4 years since the 14th birthday (at least 13 weeks), ending after the 16th "
                                + "birthday; left care on 1 January 2025 aged 18.")));
        mvc.perform(get("/children/" + child).with(data.as(data.worker)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("child-leaving-care")));
    }

    @Test
    void aBadCodeAndAFutureDateAreRefusedNamingTheFields() throws Exception {
        String page = mvc.perform(form("activity", join(new String[] {"version", "0", "code", "Q9"},
                        date("since", LocalDate.of(2026, 12, 1)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Q9 is not a valid 903 ACTIV code").contains("The start date must be today or in "
                + "the past").contains("href=\"#code\"").contains("href=\"#since\"");
        String accommodation = mvc.perform(form("accommodation", join(new String[] {"version", "0", "code", "S1"},
                        new String[] {"sinceDay", "31", "sinceMonth", "2", "sinceYear", "2026"})))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(accommodation).contains("S1 is not a valid 903 ACCOM code").contains("must be a real date");
        assertThat(data.count("care_leaver_status")).isZero();
    }

    @Test
    void aChangeMadeMeanwhileIsShownAndNothingIsSaved() throws Exception {
        mvc.perform(form("activity", join(new String[] {"version", "0", "code", "F2"},
                date("since", LocalDate.of(2026, 9, 1))))).andExpect(redirectedUrl("/children/" + child
                        + "/leaving-care"));
        String page = mvc.perform(form("activity", join(new String[] {"version", "0", "code", "G5"},
                        date("since", LocalDate.of(2026, 10, 1)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this record");
        assertThat(data.count("care_leaver_status")).isEqualTo(1);
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void activityAccommodationAndInTouchMoveTheSuggestedRatingsWithHistoryAndChronology() throws Exception {
        mvc.perform(form("activity", join(new String[] {"version", "0", "code", "G5"},
                date("since", LocalDate.of(2026, 6, 1))))).andExpect(status().is3xxRedirection());
        mvc.perform(form("accommodation", join(new String[] {"version", "1", "code", "U1"},
                date("since", LocalDate.of(2025, 1, 1))))).andExpect(status().is3xxRedirection());
        mvc.perform(form("in-touch", join(new String[] {"version", "2", "code", "YES"},
                date("since", LocalDate.of(2025, 1, 1)), date("lastContactOn", LocalDate.of(2026, 11, 20)))))
                .andExpect(status().is3xxRedirection());
        List<Map<String, Object>> ratings = data.ownerJdbc().queryForList(
                "SELECT domain, given, overridden, rules_fired FROM rag_rating WHERE child_id = ? ORDER BY seq",
                child);
        // EET red from the first change (NEET since June: over 3 months); circumstances amber (accommodation not
        // known), then green once suitable accommodation was recorded
        assertThat(ratings).extracting(r -> r.get("domain") + " " + r.get("given")).containsExactly(
                "EET RED", "PERSONAL_CIRCUMSTANCES AMBER", "PERSONAL_CIRCUMSTANCES GREEN");
        assertThat(ratings.get(0).get("rules_fired").toString())
                .isEqualTo("Not in education, employment or training for more than 3 months (G5 since 1 Jun 2026)");
        CareLeaverTestSupport.settled(data);
        assertThat(ChronologyTestSupport.rows(data, child)).extracting(r -> (String) r.get("title"))
                .contains("Main activity changed", "Accommodation changed", "RAG rating: Education, employment and "
                        + "training", "RAG rating: Personal circumstances")
                .doesNotContain("Contact lost with the young person");
        assertThat(data.ownerJdbc().queryForObject("SELECT eet_rating || ' ' || circumstances_rating FROM "
                + "care_leaver_cohort WHERE child_id = ?", String.class, child)).isEqualTo("RED GREEN");
    }

    @Test
    void anOverrideNeedsAReasonAndIsKeptWithWhoAndWhen() throws Exception {
        mvc.perform(form("activity", join(new String[] {"version", "0", "code", "F1"},
                date("since", LocalDate.of(2026, 9, 1))))).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(form("rag", "version", "1", "eetRating", "AMBER", "circumstancesRating",
                "AMBER")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter why the rating differs from the suggested green")
                .contains("href=\"#eetRatingReason\"");
        mvc.perform(form("rag", "version", "1", "eetRating", "AMBER", "eetRatingReason",
                "Course at risk: attendance has dropped", "circumstancesRating", "AMBER"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> override = data.ownerJdbc().queryForMap("SELECT * FROM rag_rating WHERE child_id = ? "
                + "AND overridden", child);
        assertThat(override).containsEntry("domain", "EET").containsEntry("suggested", "GREEN")
                .containsEntry("given", "AMBER").containsEntry("reason", "Course at risk: attendance has dropped")
                .containsEntry("given_by", data.worker).containsEntry("given_by_name", "Worker");
        CareLeaverTestSupport.settled(data);
        assertThat(ChronologyTestSupport.rows(data, child)).anySatisfy(r -> {
            assertThat(r.get("title")).isEqualTo("RAG rating: Education, employment and training");
            assertThat(r.get("description").toString()).isEqualTo("From green to amber, overriding the suggested "
                    + "green. Reason: Course at risk: attendance has dropped");
        });
        // the override stays while the record changes; the suggestion moves underneath it
        mvc.perform(form("activity", join(new String[] {"version", "2", "code", "G5"},
                date("since", LocalDate.of(2026, 11, 1))))).andExpect(status().is3xxRedirection());
        assertThat(data.ownerJdbc().queryForObject("SELECT eet_rating || ' ' || eet_suggested || ' ' || "
                + "eet_overridden FROM care_leaver_cohort WHERE child_id = ?", String.class, child))
                .isEqualTo("AMBER AMBER true");
    }

    @Test
    void losingTouchAllocatingAnAdviserAndStayingPutAreChronologyEntries() throws Exception {
        mvc.perform(form("adviser", join(new String[] {"version", "0", "adviser", data.personalAdviser.toString()},
                date("allocatedOn", LocalDate.of(2025, 1, 2))))).andExpect(status().is3xxRedirection());
        mvc.perform(form("in-touch", join(new String[] {"version", "1", "code", "NO"},
                date("since", LocalDate.of(2026, 10, 1)), date("lastContactOn", LocalDate.of(2026, 8, 1)))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("staying-put", join(new String[] {"version", "2", "carerName", "Mr and Mrs Okafor"},
                date("startedOn", LocalDate.of(2025, 1, 1))))).andExpect(status().is3xxRedirection());
        mvc.perform(form("staying-put-end", join(new String[] {"version", "3"},
                date("endedOn", LocalDate.of(2026, 3, 1))))).andExpect(status().is3xxRedirection());
        String notAnAdviser = mvc.perform(form("adviser", join(new String[] {"version", "4", "adviser",
                data.worker.toString()}, date("allocatedOn", LocalDate.of(2026, 1, 2)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(notAnAdviser).contains("Select a personal adviser who can take on young people");
        CareLeaverTestSupport.settled(data);
        assertThat(ChronologyTestSupport.rows(data, child)).extracting(r -> (String) r.get("title"))
                .contains("Personal adviser allocated", "Contact lost with the young person", "Staying Put started",
                        "Staying Put ended");
        assertThat(data.ownerJdbc().queryForObject("SELECT circumstances_rating FROM care_leaver_cohort "
                + "WHERE child_id = ?", String.class, child)).isEqualTo("RED");
    }

    @Test
    void stayingPutIsFrom18To21() throws Exception {
        String page = mvc.perform(form("staying-put", join(new String[] {"version", "0", "carerName", "Ms Hughes"},
                date("startedOn", LocalDate.of(2024, 12, 31))))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Staying Put starts on or after the 18th birthday");
    }

    @Test
    void aWorkerOfAnotherTeamCannotOpenOrChangeTheRecord() throws Exception {
        mvc.perform(get("/children/" + child + "/leaving-care").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children/" + child + "/leaving-care/activity").with(data.as(data.otherWorker))
                .with(csrf()).param("version", "0").param("code", "F1")).andExpect(status().isForbidden());
        mvc.perform(post("/children/" + child + "/leaving-care/activity").with(data.as(data.performance))
                .with(csrf()).param("version", "0").param("code", "F1")).andExpect(status().isForbidden());
        assertThat(data.count("care_leaver_status")).isZero();
    }
}
