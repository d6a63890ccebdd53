package org.hearth.children.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hearth.children.NewChild;
import org.hearth.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers shared by the children API tests: JSON bodies and access log look-ups. */
final class ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiTestSupport() {
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A child's details as the API takes them, in a map a test can change before sending. */
    static Map<String, Object> childBody(NewChild child) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("localChildId", child.localChildId());
        body.put("firstName", child.firstName());
        body.put("middleNames", child.middleNames());
        body.put("lastName", child.lastName());
        body.put("preferredName", child.preferredName());
        body.put("dateOfBirth", child.dateOfBirth() == null ? null : child.dateOfBirth().toString());
        body.put("sex", child.sex());
        body.put("ethnicity", child.ethnicity());
        body.put("upn", child.upn());
        body.put("nhsNumber", child.nhsNumber());
        body.put("uasc", child.uasc());
        body.put("uascCeasedOn", child.uascCeasedOn() == null ? null : child.uascCeasedOn().toString());
        body.put("homePostcode", child.homePostcode());
        body.put("currentPostcode", child.currentPostcode());
        body.put("responsibleTeamId", child.responsibleTeamId() == null ? null : child.responsibleTeamId().toString());
        body.put("allocatedWorkerId", child.allocatedWorkerId() == null ? null : child.allocatedWorkerId().toString());
        return body;
    }

    /** Access log rows for this child, user, action and outcome. */
    static long logRows(TestData data, UUID childId, UUID userId, String action, String outcome) {
        return data.ownerJdbc().queryForObject("""
                SELECT count(*) FROM access_log
                WHERE child_id = ? AND user_id = ? AND action = ? AND outcome = ?""", Long.class,
                childId, userId, action, outcome);
    }

    static int version(TestData data, UUID childId) {
        return data.ownerJdbc().queryForObject("SELECT version FROM child WHERE id = ?", Integer.class, childId);
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }
}
