package org.hearth.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

import org.hearth.practice.internal.ActivityService;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The statutory activity pages: who may open them, and corrections that never overwrite someone else's. */
class ActivityPagesTest extends IntegrationTest {

    private static final String STALE = "Someone else changed this record while you were correcting it";

    @Autowired
    ActivityService activities;

    UUID child;
    UUID visit;

    @BeforeEach
    void aChildWithAVisit() {
        child = data.aChild().create();
        visit = activities.record(data.currentUser(data.worker), child, ActivityKind.VISIT, new ActivityService.Input(
                LocalDate.of(2026, 11, 20), Map.of("seen", "SEEN", "location", "SCHOOL"), List.of())).id();
    }

    @Test
    void theListIsForThoseWhoSeeTheChildAndTheFormsForThoseWhoRecord() throws Exception {
        mvc.perform(get("/children/" + child + "/activity")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/activity").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/activity").with(data.as(data.performance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seen, not alone, school or college")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("record-visits"))));
        mvc.perform(get("/children/" + child + "/activity/visits/new").with(data.as(data.performance)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/activity/picnics/new").with(data.as(data.worker)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/" + child + "/activity/reviews/" + visit).with(data.as(data.worker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void recordsFromTheFormAndRedirectsToTheList() throws Exception {
        mvc.perform(post("/children/" + child + "/activity/sdq-scores/new").with(data.as(data.worker)).with(csrf())
                .param("dateDay", "1").param("dateMonth", "10").param("dateYear", "2026")
                .param("score", "").param("reasonNoScore", "SDQ2"))
                .andExpect(redirectedUrl("/children/" + child + "/activity"));
        assertThat(data.count("statutory_activity")).isEqualTo(2);
    }

    @Test
    void aStaleCorrectionSaysSoKeepsWhatWasTypedAndSavesNothing() throws Exception {
        activities.correct(data.currentUser(data.manager), child, ActivityKind.VISIT, visit,
                new ActivityService.Input(LocalDate.of(2026, 11, 19), Map.of("seen", "SEEN", "location", "SCHOOL"),
                        List.of()), false, null, 0);

        mvc.perform(post("/children/" + child + "/activity/visits/" + visit).with(data.as(data.worker)).with(csrf())
                .param("version", "0").param("dateDay", "20").param("dateMonth", "11").param("dateYear", "2026")
                .param("seen", "SEEN_ALONE").param("location", "SCHOOL").param("notes", "My notes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(STALE)))
                .andExpect(content().string(containsString("My notes")))
                .andExpect(content().string(containsString("19 November 2026")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(data.ownerJdbc().queryForObject("SELECT details->>'seen' FROM statutory_activity WHERE id = ?",
                String.class, visit)).isEqualTo("SEEN");
    }
}
