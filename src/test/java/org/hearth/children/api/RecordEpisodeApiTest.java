package org.hearth.children.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hearth.children.api.ApiTestSupport.json;
import static org.hearth.children.api.ApiTestSupport.logRows;
import static org.hearth.children.api.ApiTestSupport.version;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/v1/children/{id}/episodes: records an episode command, all or nothing. */
class RecordEpisodeApiTest extends IntegrationTest {

    UUID child;
    Map<String, Object> changePlacement;

    @BeforeEach
    void aChildInCare() {
        child = data.aChild().create();
        data.startCare(child, LocalDate.of(2025, 1, 10));
        changePlacement = new LinkedHashMap<>();
        changePlacement.put("type", "CHANGE_PLACEMENT");
        changePlacement.put("date", "2026-01-10");
        changePlacement.put("placementType", "U4");
        changePlacement.put("placementProvider", "PR4");
        changePlacement.put("carerId", data.otherFosterHousehold.toString());
        changePlacement.put("reasonForPlacementChange", "CARPL");
    }

    private MockHttpServletRequestBuilder record(Object id, Map<String, Object> command) {
        return post("/api/v1/children/" + id + "/episodes").contentType(MediaType.APPLICATION_JSON)
                .content(json(command));
    }

    private List<Map<String, Object>> episodes() {
        return data.ownerJdbc().queryForList("SELECT * FROM episode ORDER BY child_id, decom");
    }

    @Test
    void withoutSigningInIsRefusedWithAProblem() throws Exception {
        var before = episodes();
        mvc.perform(record(child, changePlacement).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(episodes()).isEqualTo(before);
    }

    @Test
    void rolesThatDoNotRecordEpisodesAreRefused() throws Exception {
        var before = episodes();
        for (UUID user : new UUID[] {data.performance, data.iro, data.personalAdviser, data.admin}) {
            mvc.perform(record(child, changePlacement).with(data.as(user)).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(logRows(data, child, user, "CHANGE", "DENIED")).isEqualTo(1);
        }
        assertThat(episodes()).isEqualTo(before);
        assertThat(version(data, child)).isEqualTo(1);
    }

    @Test
    void aSocialWorkerOfAnotherTeamIsRefusedByTheRecordRuleAndTheRefusalIsLogged() throws Exception {
        var before = episodes();
        mvc.perform(record(child, changePlacement).with(data.as(data.otherWorker)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(logRows(data, child, data.otherWorker, "CHANGE", "DENIED")).isEqualTo(1);
        assertThat(episodes()).isEqualTo(before);
        assertThat(version(data, child)).isEqualTo(1);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        var before = episodes();
        mvc.perform(record(UUID.randomUUID(), changePlacement).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(record("C1", changePlacement).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(episodes()).isEqualTo(before);
    }

    @Test
    void aSessionWithoutTheCsrfTokenIsRefused() throws Exception {
        var before = episodes();
        mvc.perform(record(child, changePlacement).with(data.as(data.worker)))
                .andExpect(status().isForbidden());
        assertThat(episodes()).isEqualTo(before);
    }

    @Test
    void aSocialWorkerOfTheChildsTeamRecordsAPlacementChange() throws Exception {
        mvc.perform(record(child, changePlacement).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Location", "/api/v1/children/" + child + "/episodes"))
                .andExpect(jsonPath("$[*].rne").value(contains("S", "P")))
                .andExpect(jsonPath("$[0].dec").value("2026-01-10"))
                .andExpect(jsonPath("$[0].rec").value("X1"))
                .andExpect(jsonPath("$[0].reasonPlaceChange").value("CARPL"))
                .andExpect(jsonPath("$[1].decom").value("2026-01-10"))
                .andExpect(jsonPath("$[1].place").value("U4"))
                .andExpect(jsonPath("$[1].placeProvider").value("PR4"))
                .andExpect(jsonPath("$[1].carerId").value(data.otherFosterHousehold.toString()))
                .andExpect(jsonPath("$[1].carerName").value("Ms Hughes"))
                .andExpect(jsonPath("$[1].plPost").value("MK45 2DD"))
                .andExpect(jsonPath("$[1].urn").value("1234567"))
                .andExpect(jsonPath("$[1].ls").value("C1"))
                .andExpect(jsonPath("$[1].dec").doesNotExist());
        assertThat(data.count("episode")).isEqualTo(2);
        assertThat(version(data, child)).isEqualTo(2);
        assertThat(logRows(data, child, data.worker, "CHANGE", "ALLOWED")).isEqualTo(1);
        mvc.perform(get("/api/v1/children/" + child).with(data.as(data.worker)))
                .andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void recordsWithTheCurrentETagInIfMatch() throws Exception {
        mvc.perform(record(child, changePlacement).header("If-Match", "\"1\"").with(data.as(data.manager))
                .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(version(data, child)).isEqualTo(2);
    }

    @Test
    void refusesAStaleIfMatchAndChangesNothing() throws Exception {
        var before = episodes();
        mvc.perform(record(child, changePlacement).header("If-Match", "\"0\"").with(data.as(data.worker))
                .with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(episodes()).isEqualTo(before);
        assertThat(version(data, child)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "placementType, ZZ",
        "placementType, H5",
        "placementProvider, PR9",
        "reasonForPlacementChange, NOPE",
        "carerId, 00000000-0000-0000-0000-000000000001"
    })
    void refusesAnInvalidValueNamingTheField(String field, String value) throws Exception {
        var before = episodes();
        changePlacement.put(field, value);
        mvc.perform(record(child, changePlacement).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(episodes()).isEqualTo(before);
        assertThat(version(data, child)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "type, MOVE",
        "date, 2026-02-30",
        "carerId, Okafor"
    })
    void refusesAValueOfTheWrongTypeNamingTheField(String field, String value) throws Exception {
        var before = episodes();
        changePlacement.put(field, value);
        mvc.perform(record(child, changePlacement).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(episodes()).isEqualTo(before);
    }

    @Test
    void refusesADateInTheFuture() throws Exception {
        changePlacement.put("date", "2026-11-27");
        mvc.perform(record(child, changePlacement).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        assertThat(data.count("episode")).isEqualTo(1);
    }

    @Test
    void refusesACommandWithoutAType() throws Exception {
        changePlacement.remove("type");
        mvc.perform(record(child, changePlacement).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        assertThat(data.count("episode")).isEqualTo(1);
    }

    @Test
    void endsCare() throws Exception {
        Map<String, Object> endCare = Map.of("type", "END_CARE", "date", "2026-03-01", "reasonEpisodeCeased", "E4A");
        mvc.perform(record(child, endCare).with(data.as(data.head)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].dec").value("2026-03-01"))
                .andExpect(jsonPath("$[0].rec").value("E4A"));
    }
}
