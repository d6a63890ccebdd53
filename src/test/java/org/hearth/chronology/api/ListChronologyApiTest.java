package org.hearth.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.api.ChronologyApiSupport.anEntry;
import static org.hearth.chronology.api.ChronologyApiSupport.logRows;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** GET /api/v1/children/{id}/chronology: filters, order, paging, access. */
class ListChronologyApiTest extends IntegrationTest {

    UUID child;

    @BeforeEach
    void aChildWithAutomaticAndManualEntries() throws Exception {
        child = data.startCare(data.aChild().create(), LocalDate.of(2025, 6, 2));
        ChronologyTestSupport.entries(data, child, 2);
        Map<String, Object> health = anEntry();
        health.put("eventDate", "2025-09-01");
        health.put("category", "HEALTH");
        health.put("significance", "KEY_EVENT");
        health.put("title", "Initial health assessment");
        health.put("source", "Looked-after children nurse");
        mvc.perform(postEntry(child, health).with(data.as(data.worker))).andExpect(status().isCreated());
        Map<String, Object> school = anEntry();
        school.put("eventDate", "2010-05-01");
        school.put("datePrecision", "MONTH");
        mvc.perform(postEntry(child, school).with(data.as(data.worker))).andExpect(status().isCreated());
    }

    private MockHttpServletRequestBuilder list() {
        return get("/api/v1/children/" + child + "/chronology");
    }

    @Test
    void signedOutAdministratorsAndOthersTeamsAreRefused() throws Exception {
        mvc.perform(list()).andExpect(status().isUnauthorized());
        mvc.perform(list().with(data.as(data.admin))).andExpect(status().isForbidden());
        mvc.perform(list().with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        assertThat(logRows(data, child, data.otherWorker, "VIEW", "DENIED")).isEqualTo(1);
        mvc.perform(get("/api/v1/children/" + UUID.randomUUID() + "/chronology").with(data.as(data.worker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void newestFirstByDefaultWithTheFixedFieldsAndTheViewLogged() throws Exception {
        mvc.perform(list().with(data.as(data.iro))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.items[0].title").value("Child's record created in Hearth"))
                .andExpect(jsonPath("$.items[1].title").value("Initial health assessment"))
                .andExpect(jsonPath("$.items[2].title").value("Became looked after"))
                .andExpect(jsonPath("$.items[2].eventDate").value("2025-06-02"))
                .andExpect(jsonPath("$.items[2].category").value("CARE_AND_PLACEMENT"))
                .andExpect(jsonPath("$.items[2].significance").value("KEY_EVENT"))
                .andExpect(jsonPath("$.items[2].automatic").value(true))
                .andExpect(jsonPath("$.items[2].source").value("Hearth: episode of care record"))
                .andExpect(jsonPath("$.items[2].sourceRecordLink").value("/children/" + child))
                .andExpect(jsonPath("$.items[3].datePrecision").value("MONTH"));
        assertThat(logRows(data, child, data.iro, "VIEW", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void oldestFirstAndPaged() throws Exception {
        mvc.perform(list().param("order", "oldest").param("size", "2").param("page", "1").with(data.as(data.worker)))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].title").value("Initial health assessment"))
                .andExpect(jsonPath("$.totalItems").value(4)).andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void filtersByCategorySignificanceDatesSourceAndText() throws Exception {
        mvc.perform(list().param("category", "HEALTH,EDUCATION").with(data.as(data.worker)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(list().param("keyEventsOnly", "true").with(data.as(data.worker)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(list().param("significance", "OTHER").with(data.as(data.worker)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(list().param("from", "2025-01-01").param("to", "2025-12-31").with(data.as(data.worker)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(list().param("source", "nurse").with(data.as(data.worker)))
                .andExpect(jsonPath("$.items[0].title").value("Initial health assessment"))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(list().param("q", "okafor").with(data.as(data.worker)))
                .andExpect(jsonPath("$.items[0].title").value("Became looked after"))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(list().param("q", "100%").with(data.as(data.worker)))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void wrongParametersAreNamed() throws Exception {
        mvc.perform(list().param("size", "500").with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(list().param("order", "sideways").with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("order"));
        mvc.perform(list().param("from", "yesterday").with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
