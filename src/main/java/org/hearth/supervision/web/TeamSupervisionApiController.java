package org.hearth.supervision.web;

import org.hearth.shared.JsonFields;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.shared.ETags;
import org.hearth.supervision.internal.Arrangements;
import org.hearth.supervision.internal.SupervisionService;
import org.hearth.supervision.internal.SupervisionStats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workers' one-to-one supervision, the reflective-supervision rate per team and month, meeting participation per
 * team and kind, and workers' supervision arrangements.
 */
@RestController
class TeamSupervisionApiController {

    private final SupervisionService supervision;
    private final SupervisionStats stats;
    private final Arrangements arrangements;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    TeamSupervisionApiController(SupervisionService supervision, SupervisionStats stats, Arrangements arrangements,
            CurrentUsers currentUsers, Clock clock) {
        this.supervision = supervision;
        this.stats = stats;
        this.arrangements = arrangements;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Sessions (case and one-to-one) in a date range: a team manager's teams' (or one team's), every team's for
     * heads of service, and a worker's own. {@code reflective=true|false} keeps only those with or without
     * reflective discussion recorded. Content is left out: open a session to read it.
     */
    @GetMapping("/api/v1/supervision-sessions")
    @PreAuthorize(Authorisation.SUPERVISION_READERS)
    List<Map<String, Object>> sessions(@RequestParam(required = false) UUID team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean reflective) {
        SupervisionStats.Range range = stats.range(from, to);
        return supervision.sessions(currentUsers.require(), team, range.from(), range.to(), reflective).stream()
                .map(s -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("id", s.id());
                    json.put("kind", s.kind().name());
                    json.put("date", s.date().toString());
                    json.put("durationMinutes", s.durationMinutes());
                    json.put("supervisorId", s.supervisorId());
                    json.put("superviseeId", s.superviseeId());
                    json.put("teamId", s.teamId());
                    json.put("model", s.model().name());
                    json.put("fewestWords", s.fewestWords());
                    json.put("minimumWords", s.minimumWords());
                    json.put("reflectiveRecorded", s.reflectiveRecorded());
                    return json;
                }).toList();
    }

    /**
     * Records a one-to-one supervision of a member of the supervisor's team: as a case supervision, plus
     * {@code childIds} (the children discussed); each action names one of them as {@code childId}.
     */
    @PostMapping("/api/v1/supervision-sessions")
    @PreAuthorize(Authorisation.SUPERVISORS)
    ResponseEntity<Map<String, Object>> record(@RequestBody(required = false) Map<String, Object> body) {
        SupervisionService.Session saved = supervision.recordOneToOne(currentUsers.require(),
                SessionJson.input(new JsonFields(body), true));
        return ResponseEntity.created(URI.create("/api/v1/supervision-sessions/" + saved.session().id()))
                .body(Resources.session(saved, LocalDate.now(clock)));
    }

    @GetMapping("/api/v1/supervision-sessions/{sessionId}")
    @PreAuthorize(Authorisation.SUPERVISION_READERS)
    Map<String, Object> session(@PathVariable String sessionId) {
        return Resources.session(supervision.session(currentUsers.require(),
                ChildSupervisionApiController.uuid(sessionId, "supervision session")), LocalDate.now(clock));
    }

    /** Reflective-discussion-recorded rate per team and month (a fixed contract). */
    @GetMapping("/api/v1/supervision-stats")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    List<Map<String, Object>> supervisionStats(@RequestParam(required = false) UUID team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CurrentUser user = currentUsers.require();
        return stats.reflectiveRate(user, team, stats.range(from, to)).stream().map(r -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("teamId", r.teamId());
            json.put("teamName", r.teamName());
            json.put("month", r.month().toString().substring(0, 7));
            json.put("sessions", r.sessions());
            json.put("reflectiveRecorded", r.reflective());
            json.put("rate", r.rate());
            return json;
        }).toList();
    }

    /** Share of meetings without the child's participation, per team and kind, per team, and the children most so. */
    @GetMapping("/api/v1/meeting-participation")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    Map<String, Object> participation(@RequestParam(required = false) UUID team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        SupervisionStats.Range range = stats.range(from, to);
        SupervisionStats.ParticipationReport report = stats.participation(currentUsers.require(), team, range);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", range.from().toString());
        json.put("to", range.to().toString());
        json.put("byTeamAndKind", report.byTeamAndKind().stream().map(TeamSupervisionApiController::row).toList());
        json.put("byTeam", report.byTeam().stream().map(TeamSupervisionApiController::row).toList());
        json.put("children", report.children().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("childId", c.childId());
            row.put("meetings", c.meetings());
            row.put("withoutChild", c.withoutChild());
            row.put("shareWithout", c.shareWithout());
            return row;
        }).toList());
        return json;
    }

    private static Map<String, Object> row(SupervisionStats.ParticipationRow r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("teamId", r.teamId());
        json.put("teamName", r.teamName());
        if (r.kind() != null) {
            json.put("kind", r.kind().name());
        }
        json.put("meetings", r.meetings());
        json.put("underFour", r.underFour());
        json.put("withoutChild", r.withoutChild());
        json.put("shareWithout", r.shareWithout());
        return json;
    }

    /** The workers of the manager's teams with their supervision arrangement and latest one-to-one. */
    @GetMapping("/api/v1/supervision-arrangements")
    @PreAuthorize(Authorisation.SUPERVISORS)
    List<Map<String, Object>> arrangements() {
        return arrangements.ofTeams(currentUsers.require()).stream().map(a -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("workerId", a.workerId());
            json.put("displayName", a.displayName());
            json.put("teamIds", a.teamIds());
            json.put("newlyQualifiedSince", a.newlyQualifiedSince() == null ? null
                    : a.newlyQualifiedSince().toString());
            json.put("lastSessionDate", a.lastSessionDate() == null ? null : a.lastSessionDate().toString());
            json.put("version", a.version());
            return json;
        }).toList();
    }

    /**
     * Sets a worker's arrangement: {@code {"newlyQualifiedSince": "2026-10-01"}} or null. If-Match carries the
     * version read ("-1" before any is set).
     */
    @PutMapping("/api/v1/supervision-arrangements/{workerId}")
    @PreAuthorize(Authorisation.SUPERVISORS)
    ResponseEntity<Void> setArrangement(@PathVariable UUID workerId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        JsonFields json = new JsonFields(body);
        LocalDate since = json.date("newlyQualifiedSince");
        if (!json.problems().isEmpty()) {
            throw new org.hearth.shared.InvalidInputException(json.problems());
        }
        int version = ifMatch == null ? -1 : ETags.version(ifMatch);
        arrangements.set(currentUsers.require(), workerId, since, version);
        return ResponseEntity.noContent().build();
    }
}
