package org.hearth.missing.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.missing.TraffickingStep;
import org.hearth.missing.internal.MissingService;
import org.hearth.missing.internal.StoredAgeAssessment;
import org.hearth.missing.internal.StoredDiscussion;
import org.hearth.missing.internal.StoredEpisode;
import org.hearth.shared.ETags;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormValues;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.JsonFields;
import org.hearth.shared.PreconditionRequiredException;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's missing episodes over the API (issue 7 contract: {@code GET|POST /api/v1/children/{id}/missing-episodes}),
 * each with its return home interview and, for an unaccompanied asylum-seeking child, the trafficking protocol steps
 * and their due times; strategy discussions, age assessment and transfers beside them. Same rules as the pages;
 * refusals are problem+json naming the field. Edits send the ETag in If-Match (428 without, 412 when stale).
 */
@RestController
@RequestMapping("/api/v1/children/{id}")
class MissingApiController {

    private final MissingService missing;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;

    MissingApiController(MissingService missing, CurrentUsers currentUsers, java.time.Clock clock) {
        this.missing = missing;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The child's episodes, newest first. */
    @GetMapping("/missing-episodes")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> list(@PathVariable UUID id) {
        return missing.episodes(currentUsers.require(), id, "missing episodes (API)").stream()
                .map(e -> resource(e, clock.instant())).toList();
    }

    /**
     * Records an episode: {@code type} (M or A), {@code startedAt}, {@code endedAt} (optional), {@code whereFound},
     * {@code reportedToPolice}, {@code policeReference}, {@code risk} (LOW, MEDIUM, HIGH), {@code riskNote}.
     */
    @PostMapping("/missing-episodes")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    ResponseEntity<Map<String, Object>> create(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        StoredEpisode saved = missing.record(currentUsers.require(), id, episode(body));
        MissingService.Episode view = missing.one(currentUsers.require(), id, saved.id(), "missing episode (API)");
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/missing-episodes/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(resource(view, clock.instant()));
    }

    @GetMapping("/missing-episodes/{episodeId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> one(@PathVariable UUID id, @PathVariable String episodeId) {
        MissingService.Episode e = missing.one(currentUsers.require(), id, FormValues.id(episodeId,
                "missing episode"), "missing episode (API)");
        return ResponseEntity.ok().eTag(ETags.of(e.episode().version())).body(resource(e, clock.instant()));
    }

    /** Ends or corrects an episode: the whole episode as for POST, with If-Match. */
    @PutMapping("/missing-episodes/{episodeId}")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    ResponseEntity<Map<String, Object>> edit(@PathVariable UUID id, @PathVariable String episodeId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch, "the episode's");
        UUID eid = FormValues.id(episodeId, "missing episode");
        missing.edit(currentUsers.require(), id, eid, episode(body), version);
        MissingService.Episode e = missing.one(currentUsers.require(), id, eid, "missing episode (API)");
        return ResponseEntity.ok().eTag(ETags.of(e.episode().version())).body(resource(e, clock.instant()));
    }

    /**
     * Records the return home interview (first time) or changes it (If-Match with its version, from
     * {@code returnInterview.version}): {@code offeredAt}, {@code offeredBy}, {@code independent}, {@code response}
     * (ACCEPTED, DECLINED, NO_ANSWER_YET), {@code heldOn}, {@code pushFactors}, {@code pullFactors}, {@code actions}.
     */
    @PutMapping("/missing-episodes/{episodeId}/return-interview")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    ResponseEntity<Map<String, Object>> interview(@PathVariable UUID id, @PathVariable String episodeId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UUID eid = FormValues.id(episodeId, "missing episode");
        MissingService.Episode before = missing.one(currentUsers.require(), id, eid, "missing episode (API)");
        int version = before.episode().interview() == null && ifMatch == null ? -1
                : version(ifMatch, "the return home interview's");
        JsonFields json = new JsonFields(body);
        List<FieldProblem> problems = new ArrayList<>(json.problems());
        MissingService.InterviewInput input = new MissingService.InterviewInput(
                DateTimes.json(raw(body, "offeredAt"), "offeredAt", problems), json.text("offeredBy"),
                bool(json.text("independent"), "independent", problems), json.text("response"), json.date("heldOn"),
                json.text("pushFactors"), json.text("pullFactors"), json.text("actions"), problems);
        problems.addAll(json.problems().stream().filter(p -> !problems.contains(p)).toList());
        missing.saveInterview(currentUsers.require(), id, eid, input, version);
        MissingService.Episode e = missing.one(currentUsers.require(), id, eid, "missing episode (API)");
        return ResponseEntity.ok().eTag(ETags.of(e.episode().interview().version())).body(resource(e, clock.instant()));
    }

    /**
     * Completes a trafficking protocol step (once): {@code outcome} (DONE or NOT_APPLICABLE; for {@code nrm-decision}
     * REFERRED, NOT_REFERRED or NOT_APPLICABLE), {@code completedAt}, {@code by}, {@code note} (the reason when not
     * applicable or not referred).
     */
    @PostMapping("/missing-episodes/{episodeId}/protocol-steps/{step}")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    Map<String, Object> step(@PathVariable UUID id, @PathVariable String episodeId, @PathVariable String step,
            @RequestBody(required = false) Map<String, Object> body) {
        UUID eid = FormValues.id(episodeId, "missing episode");
        TraffickingStep which = TraffickingStep.fromSlug(step)
                .orElseThrow(() -> new RecordNotFoundException("No protocol step called " + step));
        JsonFields json = new JsonFields(body);
        List<FieldProblem> problems = new ArrayList<>();
        Instant at = DateTimes.json(raw(body, "completedAt"), "completedAt", problems);
        String outcome = json.text("outcome");
        String by = json.text("by");
        String note = json.text("note");
        problems.addAll(json.problems());
        missing.completeStep(currentUsers.require(), id, eid, which, new MissingService.StepInput(outcome, at, by,
                note, problems));
        return resource(missing.one(currentUsers.require(), id, eid, "missing episode (API)"), clock.instant());
    }

    @GetMapping("/missing-strategy-discussions")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> discussions(@PathVariable UUID id) {
        return missing.discussions(currentUsers.require(), id, "missing strategy discussions (API)").stream()
                .map(MissingApiController::discussion).toList();
    }

    /** Records a strategy discussion: {@code heldOn}, {@code attendees}, {@code decision}, {@code nextSteps}. */
    @PostMapping("/missing-strategy-discussions")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    ResponseEntity<Map<String, Object>> discuss(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        StoredDiscussion d = missing.recordDiscussion(currentUsers.require(), id, new MissingService.DiscussionInput(
                json.date("heldOn"), json.text("attendees"), json.text("decision"), json.text("nextSteps"),
                json.problems()));
        return ResponseEntity.status(201).body(discussion(d));
    }

    /** The age assessment; its ETag is its version, {@code "-1"} before one is recorded. */
    @GetMapping("/age-assessment")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> ageAssessment(@PathVariable UUID id) {
        var found = missing.ageAssessment(currentUsers.require(), id, "age assessment (API)");
        return ResponseEntity.ok().eTag(ETags.of(found.map(StoredAgeAssessment::version).orElse(-1)))
                .body(found.map(MissingApiController::ageAssessment).orElseGet(() -> Map.of("status",
                        "NOT_RECORDED", "version", -1)));
    }

    /** Records it: {@code status}, {@code statusOn}, {@code outcomeNote}, with If-Match ({@code "-1"} the first time). */
    @PutMapping("/age-assessment")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    ResponseEntity<Map<String, Object>> saveAgeAssessment(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch, "the age assessment's");
        JsonFields json = new JsonFields(body);
        StoredAgeAssessment saved = missing.saveAgeAssessment(currentUsers.require(), id,
                new MissingService.AgeAssessmentInput(json.text("status"), json.date("statusOn"),
                        json.text("outcomeNote"), json.problems()), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(ageAssessment(saved));
    }

    @GetMapping("/national-transfers")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> transfers(@PathVariable UUID id) {
        return missing.transfers(currentUsers.require(), id, "national transfers (API)").stream()
                .map(MissingApiController::transfer).toList();
    }

    /**
     * Records a National Transfer Scheme referral: {@code referredOn}, {@code fromHotel}, {@code fromAuthority},
     * {@code toAuthority}, {@code outcome} (PENDING, TRANSFERRED, NOT_TRANSFERRED), {@code outcomeOn}, {@code note}.
     */
    @PostMapping("/national-transfers")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    ResponseEntity<Map<String, Object>> transfer(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        MissingService.Transfer t = missing.saveTransfer(currentUsers.require(), id, null, transferInput(body), -1);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/national-transfers/"
                + t.transfer().id())).eTag(ETags.of(t.transfer().version())).body(transfer(t));
    }

    /** Changes a referral (its outcome, usually), with If-Match. */
    @PutMapping("/national-transfers/{transferId}")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    ResponseEntity<Map<String, Object>> changeTransfer(@PathVariable UUID id, @PathVariable String transferId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch, "the transfer's");
        MissingService.Transfer t = missing.saveTransfer(currentUsers.require(), id,
                FormValues.id(transferId, "national transfer"), transferInput(body), version);
        return ResponseEntity.ok().eTag(ETags.of(t.transfer().version())).body(transfer(t));
    }

    private static MissingService.TransferInput transferInput(Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        List<FieldProblem> problems = new ArrayList<>();
        Boolean hotel = bool(json.text("fromHotel"), "fromHotel", problems);
        MissingService.TransferInput input = new MissingService.TransferInput(json.date("referredOn"), hotel,
                json.text("fromAuthority"), json.text("toAuthority"), json.text("outcome"), json.date("outcomeOn"),
                json.text("note"), problems);
        problems.addAll(json.problems());
        return input;
    }

    private static MissingService.EpisodeInput episode(Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        List<FieldProblem> problems = new ArrayList<>();
        java.time.Instant started = DateTimes.json(raw(body, "startedAt"), "startedAt", problems);
        java.time.Instant ended = DateTimes.json(raw(body, "endedAt"), "endedAt", problems);
        Boolean police = bool(json.text("reportedToPolice"), "reportedToPolice", problems);
        MissingService.EpisodeInput input = new MissingService.EpisodeInput(json.text("type"), started, ended,
                json.text("whereFound"), police, json.text("policeReference"), json.text("risk"),
                json.text("riskNote"), problems);
        problems.addAll(json.problems());
        return input;
    }

    private static Object raw(Map<String, Object> body, String field) {
        return body == null ? null : body.get(field);
    }

    private static Boolean bool(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problems.add(new FieldProblem(field, field + " must be true or false"));
                yield null;
            }
        };
    }

    private static int version(String ifMatch, String whose) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send " + whose + " ETag in If-Match so that no one's changes "
                    + "are overwritten");
        }
        return ETags.version(ifMatch);
    }

    static Map<String, Object> resource(MissingService.Episode view, Instant now) {
        StoredEpisode e = view.episode();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("childId", e.childId());
        json.put("type", e.type().name());
        json.put("typeLabel", e.type().label());
        json.put("startedAt", DateTimes.iso(e.startedAt()));
        json.put("endedAt", DateTimes.iso(e.endedAt()));
        json.put("open", e.open());
        json.put("whereFound", e.whereFound());
        json.put("reportedToPolice", e.reportedToPolice());
        json.put("policeReference", e.policeReference());
        json.put("risk", e.risk().name());
        json.put("riskNote", e.riskNote());
        json.put("uasc", e.uasc());
        json.put("returnInterviewDueAt", DateTimes.iso(view.interviewDueAt()));
        json.put("returnInterviewOverdue", view.interviewOverdue());
        StoredEpisode.Interview i = e.interview();
        if (i == null) {
            json.put("returnInterview", null);
        } else {
            Map<String, Object> interview = new LinkedHashMap<>();
            interview.put("offeredAt", DateTimes.iso(i.offeredAt()));
            interview.put("offeredBy", i.offeredBy());
            interview.put("independent", i.independent());
            interview.put("response", i.response().name());
            interview.put("heldOn", i.heldOn() == null ? null : i.heldOn().toString());
            interview.put("pushFactors", i.pushFactors());
            interview.put("pullFactors", i.pullFactors());
            interview.put("actions", i.actions());
            interview.put("version", i.version());
            json.put("returnInterview", interview);
        }
        json.put("protocolSteps", e.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", s.step().slug());
            step.put("label", s.step().label());
            step.put("dueAt", DateTimes.iso(s.dueAt()));
            step.put("overdue", s.overdueAt(now));
            step.put("outcome", s.outcome() == null ? null : s.outcome().name());
            step.put("completedAt", DateTimes.iso(s.completedAt()));
            step.put("completedBy", s.completedBy());
            step.put("note", s.note());
            return step;
        }).toList());
        json.put("recordedBy", e.recordedBy());
        json.put("version", e.version());
        return json;
    }

    private static Map<String, Object> discussion(StoredDiscussion d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("heldOn", d.heldOn().toString());
        json.put("attendees", d.attendees());
        json.put("decision", d.decision());
        json.put("nextSteps", d.nextSteps());
        json.put("recordedBy", d.recordedBy());
        return json;
    }

    private static Map<String, Object> ageAssessment(StoredAgeAssessment a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", a.status().name());
        json.put("statusLabel", a.status().label());
        json.put("statusOn", a.statusOn().toString());
        json.put("outcomeNote", a.outcomeNote());
        json.put("version", a.version());
        return json;
    }

    private static Map<String, Object> transfer(MissingService.Transfer t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.transfer().id());
        json.put("referredOn", t.transfer().referredOn().toString());
        json.put("fromHotel", t.transfer().fromHotel());
        json.put("fromAuthority", t.transfer().fromAuthority());
        json.put("toAuthority", t.transfer().toAuthority());
        json.put("outcome", t.transfer().outcome().name());
        json.put("outcomeOn", t.transfer().outcomeOn() == null ? null : t.transfer().outcomeOn().toString());
        json.put("note", t.transfer().note());
        json.put("dueBy", t.dueBy().date().toString());
        json.put("dueByCertain", t.dueBy().holidaysKnown());
        json.put("overdue", t.overdue());
        json.put("version", t.transfer().version());
        return json;
    }
}
