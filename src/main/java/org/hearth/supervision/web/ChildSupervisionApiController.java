package org.hearth.supervision.web;

import org.hearth.shared.JsonFields;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.shared.ETags;
import org.hearth.shared.PreconditionRequiredException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.supervision.internal.DecisionService;
import org.hearth.supervision.internal.MeetingService;
import org.hearth.supervision.internal.StoredDecision;
import org.hearth.supervision.internal.StoredMeeting;
import org.hearth.supervision.internal.SupervisionService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's decisions, meetings and case supervision over the API. Same access rules as the pages (the child's
 * record rule, every use logged); refusals are problem+json naming the field; a decision's version is its ETag and a
 * status change must send it back in If-Match.
 */
@RestController
@RequestMapping("/api/v1/children/{id}")
class ChildSupervisionApiController {

    private final DecisionService decisions;
    private final MeetingService meetings;
    private final SupervisionService supervision;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ChildSupervisionApiController(DecisionService decisions, MeetingService meetings, SupervisionService supervision,
            CurrentUsers currentUsers, Clock clock) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.supervision = supervision;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The child's decisions: open first, soonest due first; each says whether it is overdue. */
    @GetMapping("/decisions")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> decisions(@PathVariable UUID id) {
        LocalDate today = LocalDate.now(clock);
        return decisions.list(currentUsers.require(), id, "decisions (API)").decisions().stream()
                .map(d -> Resources.decision(d, today)).toList();
    }

    @PostMapping("/decisions")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    ResponseEntity<Map<String, Object>> recordDecision(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        var input = new DecisionService.Input(json.text("what"), json.text("why"), json.text("decidedBy"),
                json.date("decidedOn"), json.id("ownerId"), json.date("dueBy"), json.problems());
        StoredDecision saved = decisions.record(currentUsers.require(), id, input);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/decisions/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(Resources.decision(saved, LocalDate.now(clock)));
    }

    @GetMapping("/decisions/{decisionId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> decision(@PathVariable UUID id, @PathVariable String decisionId) {
        StoredDecision decision = decisions.one(currentUsers.require(), id, uuid(decisionId, "decision"),
                "decision (API)");
        return ResponseEntity.ok().eTag(ETags.of(decision.version()))
                .body(Resources.decision(decision, LocalDate.now(clock)));
    }

    /** Marks an open decision done or superseded: {@code {"status": "DONE", "note": "..."}} with If-Match. */
    @PatchMapping("/decisions/{decisionId}")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    ResponseEntity<Map<String, Object>> changeStatus(@PathVariable UUID id, @PathVariable String decisionId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UUID decision = uuid(decisionId, "decision");
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the decision's ETag in If-Match so that no one's changes "
                    + "are overwritten");
        }
        int version = ETags.version(ifMatch);
        JsonFields json = new JsonFields(body);
        StoredDecision saved = decisions.changeStatus(currentUsers.require(), id, decision, json.text("status"),
                json.text("note"), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version()))
                .body(Resources.decision(saved, LocalDate.now(clock)));
    }

    @GetMapping("/meetings")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> meetings(@PathVariable UUID id) {
        return meetings.list(currentUsers.require(), id, "meetings (API)").meetings().stream()
                .map(Resources::meeting).toList();
    }

    @PostMapping("/meetings")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    ResponseEntity<Map<String, Object>> recordMeeting(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        var input = new MeetingService.Input(json.date("date"), json.text("kind"), json.text("kindOther"),
                json.text("attendees"), json.text("participation"), json.text("notes"), json.problems());
        StoredMeeting saved = meetings.record(currentUsers.require(), id, input);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/meetings/" + saved.id()))
                .body(Resources.meeting(saved));
    }

    /** The child's case supervision sessions, newest first, with their reflective sections and actions. */
    @GetMapping("/supervisions")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> supervisions(@PathVariable UUID id) {
        return Resources.sessions(supervision.caseSessions(currentUsers.require(), id, "case supervision (API)"),
                LocalDate.now(clock));
    }

    /**
     * Records a case supervision: {@code date}, {@code durationMinutes}, {@code superviseeId} (default: the
     * allocated worker), {@code model} (default: the configured one), {@code sections} by name, {@code scale} (Signs
     * of Safety) and {@code actions} [{what, ownerId, dueBy}], which become decisions on the child.
     */
    @PostMapping("/supervisions")
    @PreAuthorize(Authorisation.SUPERVISORS)
    ResponseEntity<Map<String, Object>> recordSupervision(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        SupervisionService.Input input = SessionJson.input(new JsonFields(body), false);
        SupervisionService.Session saved = supervision.recordCase(currentUsers.require(), id, input);
        return ResponseEntity.created(URI.create("/api/v1/supervision-sessions/" + saved.session().id()))
                .body(Resources.session(saved, LocalDate.now(clock)));
    }

    static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("No " + what + " with id " + value);
        }
    }
}
