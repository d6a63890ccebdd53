package org.hearth.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.api.ChronologyApiSupport.amend;
import static org.hearth.chronology.api.ChronologyApiSupport.anEntry;
import static org.hearth.chronology.api.ChronologyApiSupport.postEntry;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hearth.chronology.ChronologyTestSupport;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/children/{id}/chronology/{entryId}/amendments: corrections with a reason, nothing lost. */
class AmendChronologyEntryApiTest extends IntegrationTest {

    UUID child;
    UUID entry;

    @BeforeEach
    void aManualEntry() throws Exception {
        child = data.aChild().create();
        String body = mvc.perform(postEntry(child, anEntry()).with(data.as(data.worker))).andReturn().getResponse()
                .getContentAsString();
        entry = UUID.fromString(JsonMapper.builder().build().readTree(body).get("id").asString());
    }

    @Test
    void signedOutAndOtherRolesAreRefused() throws Exception {
        mvc.perform(amend(child, entry, Map.of("reason", "typo", "title", "x"))).andExpect(status().isUnauthorized());
        mvc.perform(amend(child, entry, Map.of("reason", "typo", "title", "x")).with(data.as(data.performance)))
                .andExpect(status().isForbidden());
        mvc.perform(amend(child, entry, Map.of("reason", "typo", "title", "x")).with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEntryOfAnotherChildIsNotFound() throws Exception {
        UUID other = data.aChild().create();
        mvc.perform(amend(other, entry, Map.of("reason", "typo", "title", "x")).with(data.as(data.worker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAmendmentNeedsAReasonAndAChange() throws Exception {
        mvc.perform(amend(child, entry, Map.of("title", "Started at Priory School")).with(data.as(data.worker)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(amend(child, entry, Map.of("reason", "checked")).with(data.as(data.worker)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void theEntryShowsItsCurrentTextAndKeepsEveryVersion() throws Exception {
        mvc.perform(amend(child, entry, Map.of("reason", "School's name was wrong", "title",
                "Started at Priory School")).header("If-Match", "\"1\"").with(data.as(data.manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Started at Priory School"))
                .andExpect(jsonPath("$.source").value("Designated teacher, Priory Academy"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.changeKind").value("AMENDED"))
                .andExpect(jsonPath("$.changeReason").value("School's name was wrong"))
                .andExpect(jsonPath("$.changedBy").value("Manager"));
        mvc.perform(get("/api/v1/children/" + child + "/chronology/" + entry).with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[0].title").value("Started at Priory School"))
                .andExpect(jsonPath("$.history[1].title").value("Started at Priory Academy"))
                .andExpect(jsonPath("$.history[1].changeKind").value("RECORDED"));
    }

    @Test
    void aStaleIfMatchIsRefused() throws Exception {
        mvc.perform(amend(child, entry, Map.of("reason", "a", "title", "One")).with(data.as(data.worker)))
                .andExpect(status().isCreated());
        mvc.perform(amend(child, entry, Map.of("reason", "b", "title", "Two")).header("If-Match", "\"1\"")
                .with(data.as(data.worker))).andExpect(status().isPreconditionFailed());
    }

    @Test
    void anEntryMarkedAsEnteredInErrorIsHiddenButKeptForAuditors() throws Exception {
        mvc.perform(amend(child, entry, Map.of("reason", "Wrong child's file", "enteredInError", true))
                .with(data.as(data.worker))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.enteredInError").value(true));
        mvc.perform(get("/api/v1/children/" + child + "/chronology").param("q", "Priory").with(data.as(data.worker)))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/children/" + child + "/chronology").param("q", "Priory")
                .param("includeEnteredInError", "true").with(data.as(data.worker)))
                .andExpect(jsonPath("$.items[0].enteredInError").value(true));
        mvc.perform(amend(child, entry, Map.of("reason", "again", "title", "x")).with(data.as(data.worker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enteredInError"));
        assertThatDatabaseRefusesToDeleteIt();
    }

    private void assertThatDatabaseRefusesToDeleteIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.ownerJdbc().update(
                "DELETE FROM chronology_entry WHERE id = ?", entry)).rootCause().hasMessageContaining("never changed or deleted");
    }

    @Test
    void theFactsOfAnAutomaticEntryFollowTheSourceButAnalysisCanBeAdded() throws Exception {
        UUID inCare = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        UUID automatic = (UUID) ChronologyTestSupport.entries(data, inCare, 2).stream()
                .filter(r -> r.get("title").equals("Became looked after")).findFirst().orElseThrow().get("id");

        mvc.perform(amend(inCare, automatic, Map.of("reason", "wrong", "title", "Something else"))
                .with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(amend(inCare, automatic, Map.of("reason", "Analysis after the strategy meeting", "impact",
                "First removal from birth family; sibling placed separately.")).with(data.as(data.worker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.impact").value("First removal from birth family; sibling placed separately."))
                .andExpect(jsonPath("$.title").value("Became looked after"));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM chronology_entry_version WHERE entry_id = ?",
                Long.class, automatic)).isEqualTo(2);
    }
}
