package org.hearth.practice.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.TestData;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers shared by the statutory activity API tests. */
final class PracticeApiSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PracticeApiSupport() {
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A body from alternating names and values; null values are sent as JSON null. */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    static Map<String, Object> aVisit() {
        return body("date", "2026-11-20", "seen", "SEEN_ALONE", "location", "PLACEMENT", "notes", "Played football");
    }

    static MockHttpServletRequestBuilder postTo(UUID child, String kind, Map<String, Object> body) {
        return post("/api/v1/children/" + child + "/" + kind).contentType(MediaType.APPLICATION_JSON)
                .content(json(body));
    }

    /** Records an activity through the API as the North team's social worker; returns its id. */
    static UUID recorded(MockMvc mvc, TestData data, UUID child, String kind, Map<String, Object> body)
            throws Exception {
        String location = mvc.perform(postTo(child, kind, body).with(data.as(data.worker)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    static long logRows(TestData data, UUID childId, UUID userId, String action, String outcome) {
        return data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log
                WHERE child_id = ? AND user_id = ? AND action = ? AND outcome = ?""", Long.class,
                childId, userId, action, outcome);
    }
}
