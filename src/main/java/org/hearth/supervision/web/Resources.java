package org.hearth.supervision.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.supervision.DecisionView;
import org.hearth.supervision.internal.StoredDecision;
import org.hearth.supervision.internal.StoredMeeting;
import org.hearth.supervision.internal.SupervisionService;

/** Decisions, meetings and sessions as the API returns them. */
final class Resources {

    private Resources() {
    }

    static Map<String, Object> decision(StoredDecision stored, java.time.LocalDate today) {
        DecisionView d = stored.view();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("childId", d.childId());
        json.put("what", d.what());
        json.put("why", d.why());
        json.put("decidedBy", d.decidedBy());
        json.put("decidedOn", d.decidedOn().toString());
        json.put("ownerId", d.ownerId());
        json.put("dueBy", d.dueBy() == null ? null : d.dueBy().toString());
        json.put("status", d.status().name());
        json.put("overdue", d.overdueOn(today));
        json.put("statusNote", stored.statusNote());
        json.put("statusChangedBy", stored.statusChangedBy());
        json.put("statusChangedAt", stored.statusChangedAt() == null ? null : stored.statusChangedAt().toString());
        json.put("source", d.sessionId() == null ? "MANUAL" : "SUPERVISION");
        json.put("sessionId", d.sessionId());
        json.put("recordedBy", stored.recordedBy());
        json.put("recordedAt", stored.recordedAt().toString());
        json.put("version", stored.version());
        return json;
    }

    static Map<String, Object> meeting(StoredMeeting m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("childId", m.childId());
        json.put("date", m.date().toString());
        json.put("kind", m.kind().name());
        json.put("kindOther", m.kindOther());
        json.put("attendees", m.attendees());
        json.put("participation", m.participation().name());
        json.put("participationLabel", m.participation().label());
        json.put("childTookPart", m.participation().tookPart());
        json.put("reviewCode", m.reviewCode());
        json.put("notes", m.notes());
        json.put("recordedBy", m.recordedBy());
        json.put("recordedAt", m.recordedAt().toString());
        return json;
    }

    static Map<String, Object> session(SupervisionService.Session one, java.time.LocalDate today) {
        var s = one.session();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("kind", s.kind().name());
        json.put("childId", s.childId());
        json.put("childIds", s.childIds());
        json.put("date", s.date().toString());
        json.put("durationMinutes", s.durationMinutes());
        json.put("supervisorId", s.supervisorId());
        json.put("superviseeId", s.superviseeId());
        json.put("teamId", s.teamId());
        json.put("model", s.model().name());
        json.put("sections", s.sections());
        json.put("scale", s.scale());
        json.put("fewestWords", s.fewestWords());
        json.put("minimumWords", s.minimumWords());
        json.put("reflectiveRecorded", s.reflectiveRecorded());
        json.put("actions", one.actions().stream().map(d -> decision(d, today)).toList());
        json.put("recordedBy", s.recordedBy());
        json.put("recordedAt", s.recordedAt().toString());
        return json;
    }

    static List<Map<String, Object>> sessions(List<SupervisionService.Session> sessions, java.time.LocalDate today) {
        return sessions.stream().map(s -> session(s, today)).toList();
    }
}
