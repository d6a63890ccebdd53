package org.hearth.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hearth.pathwayplans.PlanTestSupport.body;
import static org.hearth.pathwayplans.PlanTestSupport.logRows;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.hearth.pathwayplans.PlanTestSupport.putJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.DueItemRepository;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * {@code GET|POST /api/v1/children/{id}/missing-episodes} and what hangs off an episode: the 903 rules refused by
 * field, If-Match on edits, the UASC trafficking protocol steps and their due times, the return home interview 72
 * hours after return, drift items and chronology entries, and the 903 Missing table. The clock is 26 Nov 2026 10:00.
 */
class MissingApiTest extends IntegrationTest {

    @Autowired
    DueItemRepository items;

    UUID child;
    UUID uasc;

    @BeforeEach
    void children() {
        child = data.aChild().localChildId("M100").born(LocalDate.of(2011, 6, 2)).create();
        uasc = data.aChild().localChildId("U200").named("Dawit", "Tesfaye").born(LocalDate.of(2010, 1, 1)).uasc()
                .create();
    }

    private String episodes(UUID id) {
        return "/api/v1/children/" + id + "/missing-episodes";
    }

    static Map<String, Object> anEpisode() {
        return body("type", "M", "startedAt", "2026-11-25T22:30", "reportedToPolice", true, "policeReference",
                "BED-1234", "risk", "HIGH", "riskNote", "Seen with older men");
    }

    private String record(UUID id, Map<String, Object> episode) throws Exception {
        return mvc.perform(postJson(episodes(id), episode).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    @Test
    void signedOutAdministratorsOtherTeamsAndReadersAreRefused() throws Exception {
        mvc.perform(get(episodes(child))).andExpect(status().isUnauthorized());
        mvc.perform(postJson(episodes(child), anEpisode()).with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(get(episodes(child)).with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(postJson(episodes(child), anEpisode()).with(data.as(data.performance)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(episodes(child), anEpisode()).with(data.as(data.iro)).with(csrf()))
                .andExpect(status().isForbidden());
        // the child access rule: another team's worker
        mvc.perform(get(episodes(child)).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        mvc.perform(postJson(episodes(child), anEpisode()).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.otherWorker, "DENIED")).isEqualTo(2);
        assertThat(data.count("missing_episode")).isZero();
        mvc.perform(get(episodes(child)).with(data.as(data.performance))).andExpect(status().isOk());
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        mvc.perform(postJson(episodes(child), body("type", "X", "startedAt", "2026-11-27T09:00", "endedAt",
                "2026-11-25T09:00", "risk", "SOME")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'startedAt')].message")
                        .value("The time the child went missing must be now or in the past"))
                .andExpect(jsonPath("$.errors[?(@.field == 'reportedToPolice')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'risk')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'whereFound')]").exists());
        // end before start (903 rule 567) and end in the future
        Map<String, Object> backwards = anEpisode();
        backwards.put("endedAt", "2026-11-25T21:00");
        backwards.put("whereFound", "Home");
        mvc.perform(postJson(episodes(child), backwards).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endedAt"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The time the child returned must be after the time they went missing"));
        backwards.put("endedAt", "2026-11-26T11:00");
        mvc.perform(postJson(episodes(child), backwards).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The time the child returned must be now or in the "
                        + "past"));
        // before the date of birth (903 rule 586), and a time that is not one
        mvc.perform(postJson(episodes(child), body("type", "A", "startedAt", "2011-06-01T10:00",
                "reportedToPolice", false, "risk", "LOW")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedAt"))
                .andExpect(jsonPath("$.errors[0].message").value("The time the child went missing must be after "
                        + "their date of birth"));
        mvc.perform(postJson(episodes(child), body("type", "A", "startedAt", "yesterday", "reportedToPolice",
                false, "risk", "LOW")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedAt"));
        assertThat(data.count("missing_episode")).isZero();
    }

    @Test
    void aNewEpisodeCannotStartWhileAnotherIsOpenOrOverlapOne() throws Exception {
        record(child, anEpisode());
        mvc.perform(postJson(episodes(child), body("type", "A", "startedAt", "2026-11-26T08:00",
                "reportedToPolice", false, "risk", "LOW")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedAt"))
                .andExpect(jsonPath("$.errors[0].message").value("This child has a missing episode open since 25 "
                        + "Nov 2026 22:30: record their return before recording a new episode"));
        assertThat(data.count("missing_episode")).isEqualTo(1);
    }

    @Test
    void endingAnEpisodeNeedsIfMatchAndMakesTheReturnHomeInterviewDue72HoursLater() throws Exception {
        String location = record(child, anEpisode());
        Map<String, Object> ended = anEpisode();
        ended.put("endedAt", "2026-11-26T07:15");
        ended.put("whereFound", "A friend's flat in Luton");
        mvc.perform(putJson(location, ended).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(putJson(location, ended).header("If-Match", "\"3\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(putJson(location, ended).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.endedAt").value("2026-11-26T07:15Z"))
                .andExpect(jsonPath("$.returnInterviewDueAt").value("2026-11-29T07:15Z"))
                .andExpect(jsonPath("$.returnInterviewOverdue").value(false))
                .andExpect(jsonPath("$.protocolSteps.length()").value(0));
        mvc.perform(get(episodes(child)).with(data.as(data.manager))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].open").value(false))
                .andExpect(jsonPath("$[0].returnInterview").doesNotExist());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(items.forChild(child).stream()
                .filter(s -> s.item().kind() == DueKind.RETURN_HOME_INTERVIEW)).singleElement()
                .satisfies(s -> assertThat(s.item().dueBy()).isEqualTo(LocalDate.of(2026, 11, 29))));

        // the interview: a first save needs no If-Match; held, it answers the drift item
        String interview = location + "/return-interview";
        mvc.perform(putJson(interview, body("offeredAt", "2026-11-26T09:00", "offeredBy", "Sam Ahmed, Barnardo's",
                "independent", true, "response", "ACCEPTED", "heldOn", "2026-11-26", "pushFactors",
                "Arguments at the placement", "pullFactors", "Older friends in Luton", "actions", "Placement meeting"))
                .with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.returnInterview.heldOn").value("2026-11-26"))
                .andExpect(jsonPath("$.returnInterview.version").value(0));
        mvc.perform(putJson(interview, body("offeredAt", "2026-11-26T09:00", "offeredBy", "Sam", "independent",
                true, "response", "ACCEPTED")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(items.forChild(child).stream()
                .filter(s -> s.item().kind() == DueKind.RETURN_HOME_INTERVIEW)).isEmpty());
        assertThat(ChronologyTestSupport.entries(data, child, 3)).extracting(e -> e.get("title"))
                .contains("Went missing", "Found or returned from missing", "Return home interview held");
    }

    @Test
    void aUascChildsEpisodeAddsTheTraffickingStepsWithTheirDueTimes() throws Exception {
        String location = record(uasc, anEpisode());
        String listed = mvc.perform(get(episodes(uasc)).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].uasc").value(true))
                .andExpect(jsonPath("$[0].protocolSteps.length()").value(5))
                .andReturn().getResponse().getContentAsString();
        Map<String, String> due = new java.util.HashMap<>();
        for (int i = 0; i < 5; i++) {
            due.put(JsonPath.read(listed, "$[0].protocolSteps[" + i + "].step"),
                    JsonPath.read(listed, "$[0].protocolSteps[" + i + "].dueAt"));
        }
        assertThat(due).containsEntry("police-trafficking-concern", "2026-11-25T23:30Z")
                .containsEntry("risk-assessment", "2026-11-26T00:30Z")
                .containsEntry("home-office-notified", "2026-11-26T22:30Z")
                .containsEntry("guardian-notified", "2026-11-26T22:30Z")
                .containsEntry("nrm-decision", "2026-11-27T22:30Z");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(items.forChild(uasc).stream()
                .filter(s -> s.item().kind() == DueKind.TRAFFICKING_PROTOCOL_STEP)).singleElement()
                .satisfies(s -> {
                    assertThat(s.item().dueBy()).isEqualTo(LocalDate.of(2026, 11, 25));
                    assertThat(s.item().why()).startsWith("Police told of the trafficking concern").contains("4 more");
                }));

        // not applicable needs a reason; the NRM decision not to refer needs one too
        mvc.perform(postJson(location + "/protocol-steps/guardian-notified", body("outcome", "NOT_APPLICABLE",
                "completedAt", "2026-11-26T09:00", "by", "Jo Bloggs")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(postJson(location + "/protocol-steps/nrm-decision", body("outcome", "DONE",
                "completedAt", "2026-11-26T09:00", "by", "Jo Bloggs")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(postJson(location + "/protocol-steps/nrm-decision", body("outcome", "REFERRED",
                "completedAt", "2026-11-26T09:30", "by", "Jo Bloggs, team manager")).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.protocolSteps[?(@.step == 'nrm-decision')].outcome").value("REFERRED"));
        mvc.perform(postJson(location + "/protocol-steps/nrm-decision", body("outcome", "REFERRED",
                "completedAt", "2026-11-26T09:30", "by", "Jo")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        assertThat(ChronologyTestSupport.entries(data, uasc, 2)).extracting(e -> e.get("title"))
                .contains("Referred to the National Referral Mechanism");
        // a child not UASC has no steps
        mvc.perform(postJson("/api/v1/children/" + child + "/missing-episodes/" + UUID.randomUUID()
                + "/protocol-steps/nrm-decision", body()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void threeEpisodesIn30DaysPromptAStrategyDiscussionWhichAnswersIt() throws Exception {
        for (String[] times : new String[][] {{"2026-11-02T20:00", "2026-11-03T08:00"},
            {"2026-11-10T20:00", "2026-11-11T08:00"}, {"2026-11-20T20:00", "2026-11-21T08:00"}}) {
            Map<String, Object> e = anEpisode();
            e.put("startedAt", times[0]);
            e.put("endedAt", times[1]);
            e.put("whereFound", "Home");
            record(child, e);
        }
        // prompted on 20 Nov (a Friday): due 5 working days later
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(items.forChild(child).stream()
                .filter(s -> s.item().kind() == DueKind.MISSING_STRATEGY_DISCUSSION)).singleElement()
                .satisfies(s -> assertThat(s.item().dueBy()).isEqualTo(LocalDate.of(2026, 11, 27))));
        mvc.perform(postJson("/api/v1/children/" + child + "/missing-strategy-discussions", body("heldOn",
                "2026-11-27")).with(data.as(data.manager)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'heldOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'attendees')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'decision')]").exists());
        mvc.perform(postJson("/api/v1/children/" + child + "/missing-strategy-discussions", body("heldOn",
                "2026-11-25", "attendees", "Team manager, police missing person coordinator, school",
                "decision", "Safety plan; refer to MACE", "nextSteps", "Social worker to visit weekly"))
                .with(data.as(data.manager)).with(csrf())).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(items.forChild(child).stream()
                .filter(s -> s.item().kind() == DueKind.MISSING_STRATEGY_DISCUSSION)).isEmpty());
    }

    @Test
    void ageAssessmentAndTransfersAreForUascChildrenWithIfMatch() throws Exception {
        String age = "/api/v1/children/" + uasc + "/age-assessment";
        mvc.perform(get(age).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"-1\"")).andExpect(jsonPath("$.status").value("NOT_RECORDED"));
        mvc.perform(putJson(age, body("status", "AGE_DISPUTED", "statusOn", "2026-11-20")).with(data.as(data.worker))
                .with(csrf())).andExpect(status().isPreconditionRequired());
        mvc.perform(putJson(age, body("status", "AGE_DISPUTED", "statusOn", "2026-11-20"))
                .header("If-Match", "\"-1\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcomeNote"));
        mvc.perform(putJson(age, body("status", "AGE_DISPUTED", "statusOn", "2026-11-20", "outcomeNote",
                "Assessed as 17")).header("If-Match", "\"-1\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(putJson(age, body("status", "AGE_ACCEPTED", "statusOn", "2026-11-20", "outcomeNote", "x"))
                .header("If-Match", "\"-1\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(putJson("/api/v1/children/" + child + "/age-assessment", body("status", "PLANNED", "statusOn",
                "2026-12-01")).header("If-Match", "\"-1\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("child"));

        String transfers = "/api/v1/children/" + uasc + "/national-transfers";
        String location = mvc.perform(postJson(transfers, body("referredOn", "2026-11-20", "fromHotel", true,
                "fromAuthority", "Kent", "outcome", "PENDING")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                // 5 working days from a Home Office hotel (NTS protocol): Friday 20 Nov to Friday 27 Nov
                .andExpect(jsonPath("$.dueBy").value("2026-11-27"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(putJson(location, body("referredOn", "2026-11-20", "fromHotel", true, "fromAuthority", "Kent",
                "outcome", "TRANSFERRED", "outcomeOn", "2026-11-25")).header("If-Match", "\"0\"")
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toAuthority"));
        mvc.perform(putJson(location, body("referredOn", "2026-11-20", "fromHotel", true, "fromAuthority", "Kent",
                "toAuthority", "Central Bedfordshire", "outcome", "TRANSFERRED", "outcomeOn", "2026-11-25"))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("TRANSFERRED")).andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void the903MissingTableListsEpisodesOverlappingTheYearForPerformanceOfficers() throws Exception {
        Map<String, Object> e = anEpisode();
        e.put("startedAt", "2026-03-30T20:00");
        e.put("endedAt", "2026-04-02T09:00");
        e.put("whereFound", "Home");
        record(child, e);
        record(child, anEpisode());
        Map<String, Object> a = body("type", "A", "startedAt", "2025-12-01T20:00", "endedAt", "2025-12-01T23:00",
                "whereFound", "Friend's house", "reportedToPolice", false, "risk", "LOW");
        record(uasc, a);
        String table = "/api/v1/returns/903/tables/missing?year=2027";
        mvc.perform(get(table).with(data.as(data.worker))).andExpect(status().isForbidden());
        mvc.perform(get(table)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/returns/903/tables/missing?year=twenty").with(data.as(data.performance)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get(table).with(data.as(data.performance))).andExpect(status().isOk())
                .andExpect(content().string("CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"
                        + "M100,02/06/2011,M,30/03/2026,02/04/2026\r\n"
                        + "M100,02/06/2011,M,25/11/2026,\r\n"));
        // 2025-26: the episode that ended after 31 March is open in that year's return (903 rule 571)
        mvc.perform(get("/api/v1/returns/903/tables/missing?year=2026").with(data.as(data.head)))
                .andExpect(status().isOk())
                .andExpect(content().string("CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"
                        + "M100,02/06/2011,M,30/03/2026,\r\n"
                        + "U200,01/01/2010,A,01/12/2025,01/12/2025\r\n"));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE user_id = ? AND action = "
                + "'EXPORT'", Long.class, data.performance)).isEqualTo(1);
    }
}
