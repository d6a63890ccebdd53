package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.ChronologyTestSupport.rows;
import static org.hearth.chronology.ChronologyTestSupport.settled;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Statutory activity, decisions and meetings become chronology entries; a corrected visit corrects its entry. */
class EntriesFromPracticeAndSupervisionTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aChildInCare() {
        child = data.startCare(data.aChild().create(), LocalDate.of(2026, 6, 1));
    }

    private Map<String, Object> entry(String title) {
        settled(data);
        return rows(data, child).stream().filter(r -> r.get("title").equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aVisitIsAnEntryAndItsCorrectionFollowsWithHistory() throws Exception {
        String location = mvc.perform(post("/api/v1/children/" + child + "/visits").with(data.as(data.worker))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-11-20\", \"seen\": \"SEEN_ALONE\", \"location\": \"PLACEMENT\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        Map<String, Object> visit = entry("Social worker visit");
        assertThat(visit).containsEntry("category", "MEETINGS_AND_REVIEWS").containsEntry("significance", "OTHER")
                .containsEntry("automatic", true).containsEntry("source_record_type", "STATUTORY_ACTIVITY");
        assertThat(visit.get("event_date").toString()).isEqualTo("2026-11-20");

        mvc.perform(put(location).with(data.as(data.worker)).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-11-19\", \"seen\": \"SEEN\", \"location\": \"PLACEMENT\"}"))
                .andExpect(status().isOk());

        Map<String, Object> corrected = entry("Social worker visit");
        assertThat(corrected.get("event_date").toString()).isEqualTo("2026-11-19");
        assertThat(corrected).containsEntry("change_kind", "SOURCE_CORRECTED").containsEntry("version", 2);
    }

    @Test
    void aDecisionAndAMeetingAreEntries() throws Exception {
        mvc.perform(post("/api/v1/children/" + child + "/decisions").with(data.as(data.manager)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"what": "Arrange family time with her grandmother", "why": "She asked",
                                 "decidedBy": "Manager, team manager", "decidedOn": "2026-11-20",
                                 "ownerId": "%s", "dueBy": "2026-12-10"}""".formatted(data.worker)))
                .andExpect(status().isCreated());
        assertThat(entry("Decision: Arrange family time with her grandmother"))
                .containsEntry("category", "DECISIONS").containsEntry("significance", "KEY_EVENT");

        mvc.perform(post("/api/v1/children/" + child + "/meetings").with(data.as(data.worker)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"date": "2026-11-18", "kind": "STRATEGY", "attendees": "Social worker, police, school",
                                 "participation": "PN6"}"""))
                .andExpect(status().isCreated());
        settled(data);
        assertThat(rows(data, child)).anySatisfy(r -> {
            assertThat(r).containsEntry("category", "MEETINGS_AND_REVIEWS").containsEntry("source_record_type",
                    "MEETING");
            assertThat(r.get("event_date").toString()).isEqualTo("2026-11-18");
        });
    }
}
