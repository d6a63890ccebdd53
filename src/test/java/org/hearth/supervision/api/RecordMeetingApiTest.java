package org.hearth.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.supervision.api.SupervisionApiSupport.aMeeting;
import static org.hearth.supervision.api.SupervisionApiSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.supervision.MeetingRecorded;
import org.hearth.supervision.Participation;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** POST /api/v1/children/{id}/meetings: a meeting and how the child took part (903 REVIEW_CODE scale). */
@RecordApplicationEvents
class RecordMeetingApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;

    @BeforeEach
    void aChildInCare() {
        child = data.startCare(data.aChild().born(LocalDate.of(2014, 3, 14)).create(), LocalDate.of(2025, 6, 2));
    }

    private String path() {
        return "/api/v1/children/" + child + "/meetings";
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(postJson(path(), aMeeting()).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void performanceOfficersAndOtherTeamsAreRefused() throws Exception {
        mvc.perform(postJson(path(), aMeeting()).with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(path(), aMeeting()).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(data.count("meeting")).isZero();
    }

    @Test
    void anUnknownChildIsNotFound() throws Exception {
        mvc.perform(postJson("/api/v1/children/" + UUID.randomUUID() + "/meetings", aMeeting())
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void recordsAReviewWithItsReviewCodeAndPublishesTheEvent() throws Exception {
        Map<String, Object> review = aMeeting();
        review.put("kind", "REVIEW");
        review.put("participation", "PN1");
        mvc.perform(postJson(path(), review).with(data.as(data.iro)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewCode").value("PN1"))
                .andExpect(jsonPath("$.childTookPart").value(true));
        mvc.perform(postJson(path(), aMeeting()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewCode").doesNotExist());
        assertThat(events.stream(MeetingRecorded.class)).hasSize(2).first()
                .satisfies(e -> assertThat(e.participation()).isEqualTo(Participation.PN1));
        mvc.perform(get(path()).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        refused("date", "2026-12-25");
        refused("kind", "PICNIC");
        refused("kindOther", null, "kind", "OTHER");
        refused("attendees", " ");
        refused("participation", "PN9");
        refused("participation", "PN0"); // the child is 12: PN0 is for under-4s only
    }

    private void refused(String field, Object value, Object... more) throws Exception {
        Map<String, Object> body = aMeeting();
        body.put(field, value);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        mvc.perform(postJson(path(), body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(data.count("meeting")).isZero();
    }
}
