package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hearth.pathwayplans.PlanTestSupport.body;
import static org.hearth.pathwayplans.PlanTestSupport.postJson;
import static org.hearth.pathwayplans.PlanTestSupport.putJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The life story timeline: made from the chronology's positive and key events, curated by the worker (in or out, words
 * for the child, a note) with optimistic locking, printed with only what the worker chose.
 */
class LifeStoryTimelineTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aChildInCareWithAnAchievementAndACompletedLifeStoryBook() throws Exception {
        child = data.startCare(data.aChild().named("Jade", "Morris").create(), LocalDate.of(2025, 1, 10));
        mvc.perform(postJson("/api/v1/children/" + child + "/chronology", body("eventDate", "2026-06-01",
                "category", "ACHIEVEMENT", "significance", "OTHER", "title", "Swimming certificate, 25 metres",
                "source", "Foster carer", "actionTaken", "None")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(postJson("/api/v1/children/" + child + "/chronology", body("eventDate", "2026-07-01",
                "category", "SAFEGUARDING_AND_RISK", "significance", "OTHER", "title", "Strategy discussion",
                "source", "Police", "actionTaken", "None")).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(postJson("/api/v1/children/" + child + "/life-story", body("kind", "LIFE_STORY_BOOK", "title",
                "My first years", "status", "SHARED_WITH_CHILD", "doneOn", "2026-11-02", "doneBy", "Sam"))
                .with(data.as(data.worker)).with(csrf())).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(data.ownerJdbc().queryForObject(
                "SELECT count(*) FROM chronology_entry WHERE child_id = ? AND title IN ('Became looked after', "
                        + "'Life story book shared with the child')", Long.class, child)).isEqualTo(2));
    }

    private String timeline() {
        return "/api/v1/children/" + child + "/life-story/timeline";
    }

    private String entry(String title) throws Exception {
        List<String> ids = JsonPath.read(mvc.perform(get(timeline()).with(data.as(data.worker))).andReturn()
                .getResponse().getContentAsString(), "$[?(@.title == '" + title + "')].entryId");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void positiveEventsAreInKeyEventsAreOfferedAndOtherEntriesAreNotThere() throws Exception {
        mvc.perform(get(timeline()).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].title").value("Became looked after"))
                .andExpect(jsonPath("$[0].included").value(false))
                .andExpect(jsonPath("$[0].wording").value("You came into care."))
                .andExpect(jsonPath("$[1].title").value("Swimming certificate, 25 metres"))
                .andExpect(jsonPath("$[1].included").value(true))
                .andExpect(jsonPath("$[2].category").value("LIFE_STORY"))
                .andExpect(jsonPath("$[2].included").value(true))
                .andExpect(jsonPath("$[2].wording").value("You and your worker looked at your life story book."))
                .andExpect(jsonPath("$[?(@.title == 'Strategy discussion')]").isEmpty());
    }

    @Test
    void theWorkerCuratesAnEntryWithIfMatchAndAStaleChoiceIsRefused() throws Exception {
        String care = timeline() + "/" + entry("Became looked after");
        var choice = body("included", true, "childWording", "You came to live with Sue and Mark.", "note",
                "Jade remembers the red front door");
        mvc.perform(putJson(care, choice).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(putJson(care, body("childWording", "x")).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("included"));
        mvc.perform(putJson(care, choice).header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.included").value(true))
                .andExpect(jsonPath("$.wording").value("You came to live with Sue and Mark."));
        // someone who read it before that choice would overwrite it: refused
        mvc.perform(putJson(care, body("included", false)).header("If-Match", "\"0\"").with(data.as(data.manager))
                .with(csrf())).andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        String book = timeline() + "/" + entry("Life story book shared with the child");
        mvc.perform(putJson(book, body("included", false)).header("If-Match", "\"0\"").with(data.as(data.manager))
                .with(csrf())).andExpect(status().isOk());
        mvc.perform(get(timeline()).with(data.as(data.worker)))
                .andExpect(jsonPath("$[0].note").value("Jade remembers the red front door"))
                .andExpect(jsonPath("$[0].chosen").value(true))
                .andExpect(jsonPath("$[2].included").value(false));

        // the print for the child has only what is in, in the child's words; it is logged as an export
        mvc.perform(get("/children/" + child + "/life-story/timeline/print").with(data.as(data.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You came to live with Sue and Mark.")))
                .andExpect(content().string(Matchers.containsString("Swimming certificate, 25 metres.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("life story book"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Strategy discussion"))));
        assertThat(data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? "
                + "AND action = 'EXPORT' AND what = 'life story timeline print'", Long.class, child)).isEqualTo(1);
    }

    @Test
    void theFormChoosesAndShowsAConflict() throws Exception {
        String id = entry("Became looked after");
        String page = "/children/" + child + "/life-story/timeline/" + id;
        mvc.perform(get(page).with(data.as(data.worker))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Leave empty to use: You came into care.")));
        mvc.perform(post(page).param("included", "true").param("childWording", "You came to live with Sue.")
                .param("version", "0").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page).param("included", "false").param("version", "0").with(data.as(data.manager))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone else changed this entry")))
                .andExpect(content().string(Matchers.containsString("Saved now: in the timeline")));
        mvc.perform(post(page).param("version", "1").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose whether this goes in the child")));
    }

    @Test
    void theChildsAccessRuleAppliesAndOtherChildrensEntriesAreNotFound() throws Exception {
        mvc.perform(get(timeline())).andExpect(status().isUnauthorized());
        mvc.perform(get(timeline()).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/life-story/timeline").with(data.as(data.otherWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get(timeline()).with(data.as(data.admin))).andExpect(status().isForbidden());
        String care = entry("Became looked after");
        mvc.perform(putJson(timeline() + "/" + care, body("included", true)).header("If-Match", "\"0\"")
                .with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(putJson(timeline() + "/" + care, body("included", true)).header("If-Match", "\"0\"")
                .with(data.as(data.performance)).with(csrf())).andExpect(status().isForbidden());
        UUID other = data.aChild().create();
        mvc.perform(putJson("/api/v1/children/" + other + "/life-story/timeline/" + care, body("included", true))
                .header("If-Match", "\"0\"").with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(data.count("life_story_timeline_choice")).isZero();
    }
}
