package org.hearth.pathwayplans;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.TestData;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Helpers shared by the pathway plan and action plan tests. */
public final class PlanTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanTestSupport() {
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    public static MockHttpServletRequestBuilder postJson(String path, Object body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    public static MockHttpServletRequestBuilder putJson(String path, Object body) {
        return put(path).contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    /** A complete section with one action owned by a Hearth user. */
    public static Map<String, Object> section(UUID owner) {
        return body("assessedNeed", "Needs a settled home", "whatsWorking", "Gets on with her carers",
                "goals", "Semi-independent by 18", "actions", List.of(body("description", "Visit two supported "
                        + "lodgings", "ownerId", owner.toString(), "targetDate", "2027-01-15", "status",
                        "NOT_STARTED")));
    }

    /** A young person of 17 (born 1 May 2009; the test clock is 26 Nov 2026), in care, in the North team. */
    public static UUID aYoungPerson(TestData data) {
        return data.startCare(data.aChild().named("Jade", "Morris").born(java.time.LocalDate.of(2009, 5, 1))
                .create(), java.time.LocalDate.of(2024, 3, 4));
    }

    public static long logRows(TestData data, UUID childId, UUID userId, String outcome) {
        return data.ownerJdbc().queryForObject("SELECT count(*) FROM access_log WHERE child_id = ? AND user_id = ? "
                + "AND outcome = ?", Long.class, childId, userId, outcome);
    }
}
