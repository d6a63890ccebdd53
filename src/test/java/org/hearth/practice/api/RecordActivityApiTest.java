package org.hearth.practice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.practice.api.PracticeApiSupport.aVisit;
import static org.hearth.practice.api.PracticeApiSupport.body;
import static org.hearth.practice.api.PracticeApiSupport.logRows;
import static org.hearth.practice.api.PracticeApiSupport.postTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.practice.ActivityKind;
import org.hearth.practice.StatutoryActivityRecorded;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/v1/children/{id}/{kind}: records an activity, checked field by field against its kind's rules. */
@RecordApplicationEvents
class RecordActivityApiTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    UUID child;

    @BeforeEach
    void aChildInCare() {
        child = data.startCare(data.aChild().born(LocalDate.of(2014, 3, 14)).create(), LocalDate.of(2025, 6, 2));
    }

    private ResultActions record(String kind, Map<String, Object> body) throws Exception {
        return mvc.perform(postTo(child, kind, body).with(data.as(data.worker)).with(csrf()));
    }

    private void refused(String kind, Map<String, Object> body, String field) throws Exception {
        record(kind, body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(data.count("statutory_activity")).isZero();
    }

    @Test
    void withoutSigningInIsRefused() throws Exception {
        mvc.perform(postTo(child, "visits", aVisit()).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.count("statutory_activity")).isZero();
    }

    @Test
    void rolesThatDoNotRecordActivityAreRefused() throws Exception {
        for (UUID user : new UUID[] {data.performance, data.admin}) {
            mvc.perform(postTo(child, "visits", aVisit()).with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(data.count("statutory_activity")).isZero();
    }

    @Test
    void aWorkerOfAnotherTeamIsRefusedByTheRecordRuleAndTheRefusalIsLogged() throws Exception {
        mvc.perform(postTo(child, "visits", aVisit()).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(logRows(data, child, data.otherWorker, "CHANGE", "DENIED")).isEqualTo(1);
        assertThat(data.count("statutory_activity")).isZero();
    }

    @Test
    void anUnknownChildOrKindIsNotFound() throws Exception {
        mvc.perform(postTo(UUID.randomUUID(), "visits", aVisit()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(postTo(child, "picnics", aVisit()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(data.count("statutory_activity")).isZero();
    }

    @Test
    void recordsAVisitWithWhoAndWhenAndPublishesTheEvent() throws Exception {
        record("visits", aVisit())
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                        "/api/v1/children/" + child + "/visits/")))
                .andExpect(jsonPath("$.kind").value("VISIT"))
                .andExpect(jsonPath("$.date").value("2026-11-20"))
                .andExpect(jsonPath("$.seen").value("SEEN_ALONE"))
                .andExpect(jsonPath("$.location").value("PLACEMENT"))
                .andExpect(jsonPath("$.notSeenReason").doesNotExist())
                .andExpect(jsonPath("$.summary").value("Seen alone, where the child lives"))
                .andExpect(jsonPath("$.recordedBy").value(data.worker.toString()))
                .andExpect(jsonPath("$.enteredInError").value(false))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(data.count("statutory_activity")).isEqualTo(1);
        assertThat(logRows(data, child, data.worker, "CHANGE", "ALLOWED")).isEqualTo(1);
        assertThat(events.stream(StatutoryActivityRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.childId()).isEqualTo(child);
            assertThat(e.kind()).isEqualTo(ActivityKind.VISIT);
            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(e.recordedBy()).isEqualTo(data.worker);
        });
    }

    @Test
    void storesNumbersAndYesNoAnswersTyped() throws Exception {
        record("sdq-scores", body("date", "2026-10-01", "score", 14, "informant", "CARER"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.score").value(14));
        record("substance-misuse", body("date", "2026-10-01", "problemIdentified", true,
                "interventionReceived", false, "interventionOffered", true))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.interventionReceived").value(false));
        assertThat(data.ownerJdbc().queryForList("SELECT details::text FROM statutory_activity ORDER BY kind",
                String.class)).containsExactly("{\"score\": 14, \"informant\": \"CARER\"}",
                        "{\"problemIdentified\": true, \"interventionOffered\": true, \"interventionReceived\": false}");
    }

    @Test
    void recordsEveryKind() throws Exception {
        record("reviews", body("date", "2026-09-01", "participation", "PN1", "chair", "Jo Bloggs",
                "decisions", "Stay with carers")).andExpect(status().isCreated());
        record("health-assessments", body("date", "2026-09-01", "type", "REVIEW")).andExpect(status().isCreated());
        record("dental-checks", body("date", "2026-09-01")).andExpect(status().isCreated());
        record("immunisations", body("date", "2026-09-01", "upToDate", true)).andExpect(status().isCreated());
        record("sdq-scores", body("date", "2026-09-01", "reasonNoScore", "SDQ2")).andExpect(status().isCreated());
        record("personal-education-plans", body("date", "2026-09-01", "stage", "REVIEWED", "school", "Oakley"))
                .andExpect(status().isCreated());
        record("care-plans", body("date", "2026-09-01", "type", "REVIEW")).andExpect(status().isCreated());
        record("needs-assessments", body("date", "2026-09-01")).andExpect(status().isCreated());
        record("pathway-plan-reviews", body("date", "2026-09-01", "type", "INITIAL")).andExpect(status().isCreated());
        record("personal-adviser-contacts", body("date", "2026-09-01", "method", "PHONE"))
                .andExpect(status().isCreated());
        UUID baby = data.aChild().born(LocalDate.of(2023, 1, 1)).create();
        mvc.perform(postTo(baby, "development-checks", body("date", "2026-09-01", "upToDate", true))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated());
        assertThat(data.count("statutory_activity")).isEqualTo(11);
    }

    @Test
    void aDateIsRequiredRealNotInTheFutureAndNotBeforeBirth() throws Exception {
        refused("visits", body("seen", "SEEN", "location", "SCHOOL"), "date");
        refused("visits", body("date", "2026-02-30", "seen", "SEEN", "location", "SCHOOL"), "date");
        refused("visits", body("date", "2026-11-27", "seen", "SEEN", "location", "SCHOOL"), "date");
        refused("visits", body("date", "2014-03-13", "seen", "SEEN", "location", "SCHOOL"), "date");
    }

    @Test
    void aVisitWhereTheChildWasNotSeenNeedsTheReasonAndOnlyThen() throws Exception {
        refused("visits", body("date", "2026-11-20", "seen", "NOT_SEEN", "location", "PLACEMENT"), "notSeenReason");
        refused("visits", body("date", "2026-11-20", "seen", "SEEN", "location", "PLACEMENT",
                "notSeenReason", "Asleep"), "notSeenReason");
        refused("visits", body("date", "2026-11-20", "seen", "MAYBE", "location", "PLACEMENT"), "seen");
        refused("visits", body("date", "2026-11-20", "seen", "SEEN"), "location");
        record("visits", body("date", "2026-11-20", "seen", "NOT_SEEN", "location", "PLACEMENT",
                "notSeenReason", "Out with friends")).andExpect(status().isCreated());
    }

    @Test
    void aReviewNeedsAValidParticipationCodeForTheChildsAge() throws Exception {
        refused("reviews", body("date", "2026-09-01", "chair", "Jo Bloggs"), "participation");
        refused("reviews", body("date", "2026-09-01", "participation", "PN9", "chair", "Jo Bloggs"),
                "participation");
        // 903 rules 440 and 441: PN0 exactly when the child was under 4
        refused("reviews", body("date", "2026-09-01", "participation", "PN0", "chair", "Jo Bloggs"),
                "participation");
        refused("reviews", body("date", "2026-09-01", "participation", "PN1"), "chair");
    }

    @Test
    void anSdqHasAScoreFrom0To40OrTheReasonThereIsNoneButNotBoth() throws Exception {
        refused("sdq-scores", body("date", "2026-10-01", "score", 41, "informant", "CARER"), "score");
        refused("sdq-scores", body("date", "2026-10-01", "score", "twelve", "informant", "CARER"), "score");
        refused("sdq-scores", body("date", "2026-10-01"), "score");
        refused("sdq-scores", body("date", "2026-10-01", "score", 12, "informant", "CARER",
                "reasonNoScore", "SDQ4"), "reasonNoScore");
        refused("sdq-scores", body("date", "2026-10-01", "reasonNoScore", "SDQ9"), "reasonNoScore");
        refused("sdq-scores", body("date", "2026-10-01", "score", 12), "informant");
    }

    @Test
    void substanceMisuseFollowsTheOc2InterventionRules() throws Exception {
        // 192: received is needed when a problem was identified
        refused("substance-misuse", body("date", "2026-10-01", "problemIdentified", true), "interventionReceived");
        // 193: neither when none was
        refused("substance-misuse", body("date", "2026-10-01", "problemIdentified", false,
                "interventionReceived", true), "interventionReceived");
        // 159: offered is needed when none was received
        refused("substance-misuse", body("date", "2026-10-01", "problemIdentified", true,
                "interventionReceived", false), "interventionOffered");
        // 158: and left blank when one was
        refused("substance-misuse", body("date", "2026-10-01", "problemIdentified", true,
                "interventionReceived", true, "interventionOffered", false), "interventionOffered");
        refused("substance-misuse", body("date", "2026-10-01", "problemIdentified", "perhaps"), "problemIdentified");
    }

    @Test
    void developmentChecksAreForChildrenUnderFive() throws Exception {
        refused("development-checks", body("date", "2026-09-01", "upToDate", true), "date");
    }

    @Test
    void convictionsAndCautionsSayWhichAndAreNotBeforeTheTenthBirthday() throws Exception {
        // the child was born 14 March 2014: 10 from 14 March 2024 (rule 542: no conviction under 10)
        refused("youth-justice-outcomes", body("date", "2024-03-13", "outcome", "YOUTH_CAUTION"), "date");
        refused("youth-justice-outcomes", body("date", "2026-09-01"), "outcome");
        refused("youth-justice-outcomes", body("date", "2026-09-01", "outcome", "ASBO"), "outcome");
        record("youth-justice-outcomes", body("date", "2026-09-01", "outcome", "YOUTH_CONDITIONAL_CAUTION"))
                .andExpect(status().isCreated());
        assertThat(data.count("statutory_activity")).isEqualTo(1);
    }

    @Test
    void aFieldThatIsNotASingleValueIsRefusedByName() throws Exception {
        refused("visits", body("date", "2026-11-20", "seen", java.util.List.of("SEEN"), "location", "PLACEMENT"),
                "seen");
    }
}
