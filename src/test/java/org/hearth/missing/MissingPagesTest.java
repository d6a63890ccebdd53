package org.hearth.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The missing pages' forms: refusals shown by field with what was typed kept, stale edits, who may open them. */
class MissingPagesTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aChild() {
        child = data.aChild().born(LocalDate.of(2011, 6, 2)).create();
    }

    @Test
    void aFutureTimeAndAMissingHourAreRefusedWithWhatWasTypedKept() throws Exception {
        String page = mvc.perform(post("/children/" + child + "/missing/episodes/new").with(data.as(data.worker))
                .with(csrf()).param("type", "A").param("startedAtDay", "27").param("startedAtMonth", "11")
                .param("startedAtYear", "2026").param("startedAtHour", "9").param("endedAtDay", "26")
                .param("endedAtMonth", "11").param("endedAtYear", "2026").param("reportedToPolice", "false")
                .param("risk", "LOW").param("whereFound", "Home"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("The time the child went missing must be now or in the past")
                .contains("When the child returned must include an hour")
                .contains("value=\"27\"");
        assertThat(data.count("missing_episode")).isZero();
    }

    @Test
    void endingAnEpisodeOnAStaleFormSavesNothingAndSaysSo() throws Exception {
        String location = mvc.perform(postJson("/api/v1/children/" + child + "/missing-episodes",
                MissingApiTest.anEpisode()).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String form = "/children/" + child + "/missing/episodes/" + id + "/edit";
        assertThat(mvc.perform(get(form).with(data.as(data.worker))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Record the return or change the episode");
        String page = mvc.perform(post(form).with(data.as(data.worker)).with(csrf()).param("version", "7")
                .param("type", "M").param("startedAtDay", "25").param("startedAtMonth", "11")
                .param("startedAtYear", "2026").param("startedAtHour", "22").param("startedAtMinute", "30")
                .param("endedAtDay", "26").param("endedAtMonth", "11").param("endedAtYear", "2026")
                .param("endedAtHour", "7").param("whereFound", "Home").param("reportedToPolice", "true")
                .param("risk", "HIGH")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this episode while you were on this page");
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM missing_episode WHERE ended_at IS NULL",
                Long.class)).isEqualTo(1);
        mvc.perform(post(form).with(data.as(data.worker)).with(csrf()).param("version", "0")
                .param("type", "M").param("startedAtDay", "25").param("startedAtMonth", "11")
                .param("startedAtYear", "2026").param("startedAtHour", "22").param("startedAtMinute", "30")
                .param("endedAtDay", "26").param("endedAtMonth", "11").param("endedAtYear", "2026")
                .param("endedAtHour", "7").param("whereFound", "Home").param("reportedToPolice", "true")
                .param("policeReference", "BED-1234").param("risk", "HIGH"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM missing_episode WHERE ended_at IS NULL",
                Long.class)).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    MissingRecords records;

    @Test
    void bulkLoadedEpisodesWithoutARecorderShowWithTheirProtocolSteps() throws Exception {
        UUID uasc = data.aChild().born(LocalDate.of(2010, 1, 1)).uasc().create();
        java.time.Instant start = java.time.Instant.parse("2026-10-01T20:00:00Z");
        records.load(java.util.List.of(new NewMissingEpisode(uasc, MissingType.M, start, start.plusSeconds(36_000),
                "Home", true, "BED-1", RiskLevel.HIGH, null, true, null, java.util.List.of(new NewMissingEpisode.Step(
                        TraffickingStep.NRM_DECISION, start.plusSeconds(48 * 3600), null, null, null, null)))));
        assertThat(mvc.perform(get("/children/" + uasc + "/missing").with(data.as(data.worker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("National Referral Mechanism referral considered and decision recorded")
                .contains("3 Oct 2026 21:00").contains("Overdue");
    }

    @Test
    void readersSeeThePageButOnlyRecordersTheFormsAndOtherTeamsNeither() throws Exception {
        mvc.perform(get("/children/" + child + "/missing").with(data.as(data.performance))).andExpect(status().isOk());
        mvc.perform(get("/children/" + child + "/missing/episodes/new").with(data.as(data.performance)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/missing").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/missing/episodes/new").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        // a child who is not unaccompanied has no UASC section, and refuses an age assessment
        assertThat(mvc.perform(get("/children/" + child + "/missing").with(data.as(data.worker))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("Unaccompanied asylum-seeking child");
        String page = mvc.perform(post("/children/" + child + "/missing/age-assessment").with(data.as(data.worker))
                .with(csrf()).param("version", "-1").param("status", "PLANNED").param("statusOnDay", "1")
                .param("statusOnMonth", "12").param("statusOnYear", "2026")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("This is recorded only for unaccompanied asylum-seeking children");
    }
}
