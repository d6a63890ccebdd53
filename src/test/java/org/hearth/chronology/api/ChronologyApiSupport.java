package org.hearth.chronology.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies for the chronology API tests. */
final class ChronologyApiSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChronologyApiSupport() {
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A complete manual entry a test can change before sending. */
    static Map<String, Object> anEntry() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventDate", "2026-03-14");
        body.put("category", "EDUCATION");
        body.put("significance", "OTHER");
        body.put("title", "Started at Priory Academy");
        body.put("description", "Settled well in year 7.");
        body.put("source", "Designated teacher, Priory Academy");
        body.put("actionTaken", "None");
        body.put("impact", "Stable school place after two moves.");
        return body;
    }

    static MockHttpServletRequestBuilder postEntry(UUID child, Map<String, Object> body) {
        return post("/api/v1/children/" + child + "/chronology").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(body));
    }

    static MockHttpServletRequestBuilder amend(UUID child, UUID entry, Map<String, Object> body) {
        return post("/api/v1/children/" + child + "/chronology/" + entry + "/amendments").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    static long logRows(org.hearth.support.TestData data, UUID childId, UUID userId, String action, String outcome) {
        return data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log WHERE child_id = ? AND user_id = ? AND action = ? AND outcome = ?""",
                Long.class, childId, userId, action, outcome);
    }
}
