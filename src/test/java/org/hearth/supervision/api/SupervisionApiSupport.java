package org.hearth.supervision.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.TestData;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers shared by the supervision, decision and meeting API tests. */
final class SupervisionApiSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Twenty-odd words: enough for a section to count as reflective at the default minimum of 20. */
    static final String FULL = "Amara told us she feels settled with her carers and wants more time with her brother; "
            + "we talked about what that means for her sense of belonging and identity today.";

    private SupervisionApiSupport() {
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    static MockHttpServletRequestBuilder postJson(String path, Object body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    static Map<String, Object> aDecision(UUID owner) {
        return body("what", "Increase family time with her brother to weekly", "why", "Amara asked for it",
                "decidedBy", "Manager, team manager", "decidedOn", "2026-11-20", "ownerId", owner.toString(),
                "dueBy", "2026-12-10");
    }

    static Map<String, Object> aMeeting() {
        return body("date", "2026-11-18", "kind", "STRATEGY", "attendees", "Social worker, police, school",
                "participation", "PN6");
    }

    static Map<String, Object> reflectiveSections() {
        return body("experience", FULL, "reflection", FULL, "analysis", FULL, "actionPlan", FULL);
    }

    static Map<String, Object> aCaseSupervision(TestData data, boolean reflective) {
        return body("date", "2026-11-24", "durationMinutes", "90", "superviseeId", data.worker.toString(),
                "sections", reflective ? reflectiveSections() : body("experience", "Visited.", "reflection", "",
                        "analysis", "Fine.", "actionPlan", "Carry on."),
                "actions", List.of(body("what", "Start life story work", "ownerId", data.worker.toString(),
                        "dueBy", "2026-12-15")));
    }

    static long logRows(TestData data, UUID childId, UUID userId, String action, String outcome) {
        return data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log
                WHERE child_id = ? AND user_id = ? AND action = ? AND outcome = ?""", Long.class,
                childId, userId, action, outcome);
    }
}
