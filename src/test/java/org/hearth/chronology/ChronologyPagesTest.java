package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.hearth.access.CurrentUser;
import org.hearth.policy.Policies;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chronology pages: quick add all-or-nothing, typed work kept on refusal, the summary flagged when stale. */
class ChronologyPagesTest extends IntegrationTest {

    @Autowired
    Policies policies;

    UUID child;

    @BeforeEach
    void aChild() {
        child = data.aChild().create();
    }

    private long manualEntries() {
        return data.ownerJdbc().queryForObject("SELECT count(*) FROM chronology_entry WHERE child_id = ? AND NOT "
                + "automatic", Long.class, child);
    }

    @Test
    void quickAddSavesEveryFilledRowWithItsDatePrecision() throws Exception {
        mvc.perform(post("/children/" + child + "/chronology/quick-add").with(csrf()).with(data.as(data.worker))
                .param("rows[0].eventDateYear", "2009").param("rows[0].category", "FAMILY_AND_RELATIONSHIPS")
                .param("rows[0].title", "Parents separated").param("rows[0].source", "Paper file")
                .param("rows[1].eventDateMonth", "4").param("rows[1].eventDateYear", "2012")
                .param("rows[1].category", "EDUCATION").param("rows[1].title", "Started primary school")
                .param("rows[2].title", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/children/" + child + "/chronology"));
        assertThat(data.ownerJdbc().queryForList("SELECT date_precision || ' ' || event_date FROM chronology_entry "
                + "WHERE child_id = ? AND NOT automatic ORDER BY event_date", String.class, child))
                .containsExactly("YEAR 2009-01-01", "MONTH 2012-04-01");
    }

    @Test
    void quickAddSavesNothingWhenARowIsWrongAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/children/" + child + "/chronology/quick-add").with(csrf()).with(data.as(data.worker))
                .param("rows[0].eventDateYear", "2009").param("rows[0].category", "OTHER")
                .param("rows[0].title", "Moved to Luton")
                .param("rows[3].eventDateDay", "31").param("rows[3].eventDateMonth", "2")
                .param("rows[3].eventDateYear", "2010").param("rows[3].title", "Hospital admission"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Row 4: Date of the event must be a real date")))
                .andExpect(content().string(Matchers.containsString("value=\"Moved to Luton\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Hospital admission\"")));
        assertThat(manualEntries()).isZero();
    }

    @Test
    void theManualEntryPageKeepsTypedWorkWhenRefused() throws Exception {
        mvc.perform(post("/children/" + child + "/chronology/new").with(csrf()).with(data.as(data.worker))
                .param("eventDateDay", "3").param("eventDateYear", "2020").param("title", "Missing overnight")
                .param("impact", "Frightened; wants to talk to her IRO."))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Date of the event must include a month")))
                .andExpect(content().string(Matchers.containsString("Select the category")))
                .andExpect(content().string(Matchers.containsString("Frightened; wants to talk to her IRO.")));
        assertThat(manualEntries()).isZero();
    }

    @Test
    void theSummaryIsFlaggedWhenNotReviewedWithinThePolicyPeriod() throws Exception {
        mvc.perform(post("/children/" + child + "/chronology/summary").with(csrf()).with(data.as(data.worker))
                .param("whoTheChildIs", "Amara, 12").param("whyLookedAfter", "Neglect")
                .param("keyHistory", "Came into care 2025").param("currentPlan", "Long-term fostering"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/chronology").with(data.as(data.worker)))
                .andExpect(content().string(Matchers.containsString("Worker</span> on <span>26 November 2026")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Needs review"))));
        // written four months ago: older than the default three months
        data.ownerJdbc().update("""
                INSERT INTO chronology_summary_version (child_id, version, who_the_child_is, why_looked_after,
                    key_history, current_plan, reviewed_only, written_by, written_by_name, written_at)
                SELECT child_id, version + 1, who_the_child_is, why_looked_after, key_history, current_plan, true,
                    written_by, written_by_name, written_at - interval '4 months'
                FROM chronology_summary_version WHERE child_id = ?""", child);
        mvc.perform(get("/children/" + child + "/chronology").with(data.as(data.worker)))
                .andExpect(content().string(Matchers.containsString("Needs review")));
        // the council allows six months: no longer stale
        CurrentUser admin = data.currentUser(data.admin);
        policies.change(admin, "timescale.chronology.summary-review", "P6M", TestClock.TODAY, "Local standard");
        mvc.perform(get("/children/" + child + "/chronology").with(data.as(data.worker)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Needs review"))));
    }

    @Test
    void theSummaryIsFlaggedWhenTheChildsLatestReviewIsNewer() throws Exception {
        // summary written four weeks ago: within the three months
        data.ownerJdbc().update("""
                INSERT INTO chronology_summary_version (child_id, version, who_the_child_is, why_looked_after,
                    key_history, current_plan, reviewed_only, written_by, written_by_name, written_at)
                VALUES (?, 1, 'Amara, 12', 'Neglect', 'Came into care 2025', 'Long-term fostering', false, ?, 'Worker',
                    now() - interval '4 weeks')""", child, data.worker);
        mvc.perform(get("/children/" + child + "/chronology").with(data.as(data.worker)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Needs review"))));

        mvc.perform(post("/api/v1/children/" + child + "/reviews").with(data.as(data.worker)).with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-11-20\", \"participation\": \"PN1\", \"chair\": \"IRO\"}"))
                .andExpect(status().isCreated());
        ChronologyTestSupport.settled(data);
        mvc.perform(get("/children/" + child + "/chronology").with(data.as(data.worker)))
                .andExpect(content().string(Matchers.containsString("Needs review")))
                .andExpect(content().string(Matchers.containsString("looked-after review on 20 November 2026 is more "
                        + "recent")));
    }

    @Test
    void aWorkerAddsAnalysisToAnAutomaticEntryOnItsPage() throws Exception {
        UUID inCare = data.startCare(data.aChild().create(), java.time.LocalDate.of(2025, 6, 2));
        UUID entry = (UUID) ChronologyTestSupport.entries(data, inCare, 2).stream()
                .filter(r -> r.get("title").equals("Became looked after")).findFirst().orElseThrow().get("id");
        mvc.perform(post("/children/" + inCare + "/chronology/entries/" + entry).with(csrf())
                .with(data.as(data.worker)).param("version", "1").param("significance", "KEY_EVENT")
                .param("impact", "First time away from her brother.").param("reason", "Analysis added"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.ownerJdbc().queryForMap("SELECT title, impact, version FROM chronology_entry WHERE id = ?",
                entry)).containsEntry("title", "Became looked after")
                .containsEntry("impact", "First time away from her brother.").containsEntry("version", 2);
    }

    @Test
    void theChronologyIsOfferedOnTheChildsRecordAndRefusedToOthers() throws Exception {
        mvc.perform(get("/children/" + child).with(data.as(data.worker)))
                .andExpect(content().string(Matchers.containsString("/children/" + child + "/chronology")));
        mvc.perform(get("/children/" + child + "/chronology").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/chronology/new").with(data.as(data.performance)))
                .andExpect(status().isForbidden());
    }
}
