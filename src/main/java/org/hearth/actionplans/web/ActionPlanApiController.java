package org.hearth.actionplans.web;

import org.hearth.shared.FormValues;
import org.hearth.shared.JsonFields;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.actionplans.internal.ActionPlanService;
import org.hearth.actionplans.internal.StoredActionPlan;
import org.hearth.shared.ETags;
import org.hearth.shared.PreconditionRequiredException;
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
 * A young person's action plans over the API (issue 6 contract: {@code GET|POST /api/v1/children/{id}/action-plans}).
 * Same rules as the pages; refusals are problem+json naming the field. The plan's version is its ETag: changes to the
 * plan or its actions send it in If-Match (428 without, 412 when stale); notes are only added and need none.
 */
@RestController
@RequestMapping("/api/v1/children/{id}/action-plans")
class ActionPlanApiController {

    private final ActionPlanService plans;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ActionPlanApiController(ActionPlanService plans, CurrentUsers currentUsers, Clock clock) {
        this.plans = plans;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The young person's plans, open first, each with its actions and notes. */
    @GetMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> list(@PathVariable UUID id) {
        LocalDate today = LocalDate.now(clock);
        return plans.list(currentUsers.require(), id, "action plans (API)").plans().stream()
                .map(p -> resource(p, today)).toList();
    }

    /**
     * Makes a plan: {@code purpose}, {@code startedOn} and {@code actions} [{description, ownerRole (KEY_WORKER,
     * YOUTH_SUPPORT_WORKER, PERSONAL_ADVISER, PARTNER), ownerName, dueOn}], at least one.
     */
    @PostMapping
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> create(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        List<ActionPlanService.ActionInput> actions = new ArrayList<>();
        for (JsonFields a : json.objects("actions")) {
            actions.add(action(a));
        }
        StoredActionPlan saved = plans.create(currentUsers.require(), id, new ActionPlanService.CreateInput(
                json.text("purpose"), json.date("startedOn"), actions, json.problems()));
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/action-plans/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(resource(saved, LocalDate.now(clock)));
    }

    @GetMapping("/{planId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> one(@PathVariable UUID id, @PathVariable String planId) {
        StoredActionPlan plan = plans.one(currentUsers.require(), id, FormValues.id(planId, "action plan"),
                "action plan (API)");
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(resource(plan, LocalDate.now(clock)));
    }

    /** Adds an action: {description, ownerRole, ownerName, dueOn}, with If-Match. */
    @PostMapping("/{planId}/actions")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> addAction(@PathVariable UUID id, @PathVariable String planId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch);
        JsonFields json = new JsonFields(body);
        ActionPlanService.ActionInput input = action(json);
        if (!json.problems().isEmpty()) {
            throw new org.hearth.shared.InvalidInputException(json.problems());
        }
        StoredActionPlan saved = plans.addAction(currentUsers.require(), id, FormValues.id(planId, "action plan"),
                input, version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved, LocalDate.now(clock)));
    }

    /** Changes an action's status: {@code {"status": "DONE"}}, with If-Match (the plan's ETag). */
    @PatchMapping("/{planId}/actions/{actionId}")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> changeStatus(@PathVariable UUID id, @PathVariable String planId,
            @PathVariable String actionId, @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch);
        StoredActionPlan saved = plans.changeActionStatus(currentUsers.require(), id,
                FormValues.id(planId, "action plan"), FormValues.id(actionId, "action"), new JsonFields(body).text("status"),
                version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved, LocalDate.now(clock)));
    }

    /** Adds a progress note: {@code {"date": "2026-11-20", "note": "..."}}. */
    @PostMapping("/{planId}/progress")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> progress(@PathVariable UUID id, @PathVariable String planId,
            @RequestBody(required = false) Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        StoredActionPlan saved = plans.recordProgress(currentUsers.require(), id, FormValues.id(planId, "action plan"),
                json.date("date"), json.text("note"), json.problems());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved, LocalDate.now(clock)));
    }

    /** A manager's review: {@code {"date": ..., "note": ...}}. */
    @PostMapping("/{planId}/monitoring")
    @PreAuthorize(Authorisation.PLAN_APPROVERS)
    ResponseEntity<Map<String, Object>> monitoring(@PathVariable UUID id, @PathVariable String planId,
            @RequestBody(required = false) Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        StoredActionPlan saved = plans.monitor(currentUsers.require(), id, FormValues.id(planId, "action plan"),
                json.date("date"), json.text("note"), json.problems());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved, LocalDate.now(clock)));
    }

    /** A manager agrees the plan: {@code {"date": ..., "comment": optional}}, with If-Match. */
    @PostMapping("/{planId}/sign-off")
    @PreAuthorize(Authorisation.PLAN_APPROVERS)
    ResponseEntity<Map<String, Object>> signOff(@PathVariable UUID id, @PathVariable String planId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch);
        JsonFields json = new JsonFields(body);
        StoredActionPlan saved = plans.agree(currentUsers.require(), id, FormValues.id(planId, "action plan"),
                json.date("date"), json.text("comment"), json.problems(), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved, LocalDate.now(clock)));
    }

    /** Closes the plan: {@code {"date": ..., "summary": ...}}, with If-Match. */
    @PostMapping("/{planId}/close")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> close(@PathVariable UUID id, @PathVariable String planId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch);
        JsonFields json = new JsonFields(body);
        StoredActionPlan saved = plans.close(currentUsers.require(), id, FormValues.id(planId, "action plan"),
                json.date("date"), json.text("summary"), json.problems(), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved, LocalDate.now(clock)));
    }

    private static ActionPlanService.ActionInput action(JsonFields a) {
        return new ActionPlanService.ActionInput(a.text("description"), a.text("ownerRole"), a.text("ownerName"),
                a.date("dueOn"));
    }

    private static int version(String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the plan's ETag in If-Match so that no one's changes are "
                    + "overwritten");
        }
        return ETags.version(ifMatch);
    }

    static Map<String, Object> resource(StoredActionPlan p, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("childId", p.childId());
        json.put("purpose", p.purpose());
        json.put("startedOn", p.startedOn().toString());
        json.put("status", p.status().name());
        json.put("agreedBy", p.agreedBy());
        json.put("agreedOn", p.agreedOn() == null ? null : p.agreedOn().toString());
        json.put("agreedComment", p.agreedComment());
        json.put("closedBy", p.closedBy());
        json.put("closedOn", p.closedOn() == null ? null : p.closedOn().toString());
        json.put("closingSummary", p.closingSummary());
        json.put("overdueActions", p.open() ? p.overdueActions(today) : 0);
        json.put("actions", p.actions().stream().map(a -> {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("id", a.id());
            action.put("description", a.description());
            action.put("ownerRole", a.ownerRole().name());
            action.put("ownerName", a.ownerName());
            action.put("dueOn", a.dueOn().toString());
            action.put("status", a.status().name());
            action.put("overdue", p.open() && a.overdueOn(today));
            return action;
        }).toList());
        json.put("progress", p.progress().stream().map(ActionPlanApiController::note).toList());
        json.put("monitoring", p.monitoring().stream().map(ActionPlanApiController::note).toList());
        json.put("createdBy", p.createdBy());
        json.put("createdAt", p.createdAt().toString());
        json.put("version", p.version());
        return json;
    }

    private static Map<String, Object> note(StoredActionPlan.Note n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", n.id());
        json.put("date", n.date().toString());
        json.put("note", n.note());
        json.put("recordedBy", n.recordedBy());
        json.put("recordedAt", n.recordedAt().toString());
        return json;
    }
}
