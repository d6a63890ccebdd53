package org.hearth.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.chronology.api.ChronologyApiSupport.anEntry;
import static org.hearth.chronology.api.ChronologyApiSupport.logRows;
import static org.hearth.chronology.api.ChronologyApiSupport.postEntry;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/children/{id}/chronology: a manual entry. */
class RecordChronologyEntryApiTest extends IntegrationTest {

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
    void signedOutCallersAreRefused() throws Exception {
        mvc.perform(postEntry(child, anEntry())).andExpect(status().isUnauthorized());
    }

    @Test
    void rolesThatDoNotChangeRecordsAreRefused() throws Exception {
        for (UUID user : new UUID[] {data.performance, data.iro, data.admin}) {
            mvc.perform(postEntry(child, anEntry()).with(data.as(user))).andExpect(status().isForbidden());
        }
        assertThat(manualEntries()).isZero();
    }

    @Test
    void aWorkerWhoCannotSeeTheChildIsRefusedAndItIsLogged() throws Exception {
        mvc.perform(postEntry(child, anEntry()).with(data.as(data.otherWorker))).andExpect(status().isForbidden());
        assertThat(manualEntries()).isZero();
        assertThat(logRows(data, child, data.otherWorker, "CHANGE", "DENIED")).isEqualTo(1);
    }

    @Test
    void anUnknownChildIsNotFound() throws Exception {
        mvc.perform(postEntry(UUID.randomUUID(), anEntry()).with(data.as(data.worker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEntryIsRecordedWithWhoRecordedItAndLogged() throws Exception {
        mvc.perform(postEntry(child, anEntry()).with(data.as(data.worker)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                        "/api/v1/children/" + child + "/chronology/")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.eventDate").value("2026-03-14"))
                .andExpect(jsonPath("$.datePrecision").value("DAY"))
                .andExpect(jsonPath("$.category").value("EDUCATION"))
                .andExpect(jsonPath("$.significance").value("OTHER"))
                .andExpect(jsonPath("$.title").value("Started at Priory Academy"))
                .andExpect(jsonPath("$.source").value("Designated teacher, Priory Academy"))
                .andExpect(jsonPath("$.actionTaken").value("None"))
                .andExpect(jsonPath("$.automatic").value(false))
                .andExpect(jsonPath("$.recordedBy").value("Worker"))
                .andExpect(jsonPath("$.suitableToShare").value(false));
        assertThat(manualEntries()).isEqualTo(1);
        assertThat(logRows(data, child, data.worker, "CHANGE", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void anApproximateDateIsKeptNoMoreExactlyThanKnown() throws Exception {
        Map<String, Object> body = anEntry();
        body.put("eventDate", "2009-06-17");
        body.put("datePrecision", "YEAR");
        body.put("eventTime", "10:30");
        mvc.perform(postEntry(child, body).with(data.as(data.worker))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.eventDate").value("2009-01-01"))
                .andExpect(jsonPath("$.datePrecision").value("YEAR"))
                .andExpect(jsonPath("$.eventTime").doesNotExist());
    }

    @Test
    void missingAndWrongFieldsAreNamed() throws Exception {
        Map<String, Object> body = anEntry();
        body.remove("eventDate");
        body.remove("category");
        body.put("title", " ");
        mvc.perform(postEntry(child, body).with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("eventDate"))
                .andExpect(jsonPath("$.errors[1].field").value("category"))
                .andExpect(jsonPath("$.errors[2].field").value("title"));
        body = anEntry();
        body.put("eventDate", "2027-01-01");
        mvc.perform(postEntry(child, body).with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventDate"));
        body = anEntry();
        body.put("category", "GOSSIP");
        mvc.perform(postEntry(child, body).with(data.as(data.worker))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        assertThat(manualEntries()).isZero();
    }
}
