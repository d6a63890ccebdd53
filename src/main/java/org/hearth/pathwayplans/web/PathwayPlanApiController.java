package org.hearth.pathwayplans.web;

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
import org.hearth.pathwayplans.PlanSection;
import org.hearth.pathwayplans.internal.PathwayPlanService;
import org.hearth.pathwayplans.internal.StoredPlan;
import org.hearth.shared.ETags;
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
 * A young person's pathway plans over the API. Same rules as the pages (the child's record rule, every use logged);
 * refusals are problem+json naming the field. A plan's version is its ETag: every change must send it in If-Match
 * (428 without, 412 when someone else changed the plan first).
 */
@RestController
@RequestMapping("/api/v1/children/{id}/pathway-plans")
class PathwayPlanApiController {

    private final PathwayPlanService plans;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PathwayPlanApiController(PathwayPlanService plans, CurrentUsers currentUsers, Clock clock) {
        this.plans = plans;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The young person's plans: the one in the making first, then the signed-off ones, newest first. */
    @GetMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> list(@PathVariable UUID id) {
        LocalDate today = LocalDate.now(clock);
        return plans.list(currentUsers.require(), id, "pathway plans (API)").plans().stream()
                .map(p -> summary(p, today)).toList();
    }

    /** Starts a plan: empty, or a review copied from the last signed-off plan. No body is needed. */
    @PostMapping
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> start(@PathVariable UUID id) {
        StoredPlan plan = plans.start(currentUsers.require(), id);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/pathway-plans/" + plan.id()))
                .eTag(ETags.of(plan.version())).body(full(plan));
    }

    @GetMapping("/{planId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> one(@PathVariable UUID id, @PathVariable String planId) {
        StoredPlan plan = plans.one(currentUsers.require(), id, FormValues.id(planId, "pathway plan"),
                "pathway plan (API)");
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(full(plan));
    }

    /**
     * Writes one section of a draft: {@code assessedNeed}, {@code whatsWorking}, {@code goals},
     * {@code youngPersonViews} and {@code actions} [{description, ownerId or ownerName, targetDate, status}], which
     * replace the section's actions.
     */
    @PutMapping("/{planId}/sections/{section}")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> section(@PathVariable UUID id, @PathVariable String planId,
            @PathVariable String section, @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UUID plan = FormValues.id(planId, "pathway plan");
        PlanSection which = PlanSection.fromSlug(section)
                .orElseThrow(() -> new RecordNotFoundException("No pathway plan section " + section));
        int version = version(ifMatch);
        JsonFields json = new JsonFields(body);
        List<PathwayPlanService.ActionInput> actions = new ArrayList<>();
        for (JsonFields a : json.objects("actions")) {
            actions.add(new PathwayPlanService.ActionInput(a.text("description"), a.id("ownerId"),
                    a.text("ownerName"), a.date("targetDate"), a.text("status")));
        }
        StoredPlan saved = plans.saveSection(currentUsers.require(), id, plan, which,
                new PathwayPlanService.SectionInput(json.text("assessedNeed"), json.text("whatsWorking"),
                        json.text("goals"), json.text("youngPersonViews"), actions, json.problems()), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(full(saved));
    }

    /** The young person's views on the whole plan: {@code {"youngPersonViews": "..."}}. */
    @PutMapping("/{planId}/views")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> views(@PathVariable UUID id, @PathVariable String planId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch);
        StoredPlan saved = plans.saveViews(currentUsers.require(), id, FormValues.id(planId, "pathway plan"),
                new JsonFields(body).text("youngPersonViews"), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(full(saved));
    }

    /** Sends a draft for sign-off. */
    @PostMapping("/{planId}/submit")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    ResponseEntity<Map<String, Object>> submit(@PathVariable UUID id, @PathVariable String planId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch);
        StoredPlan saved = plans.submit(currentUsers.require(), id, FormValues.id(planId, "pathway plan"), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(full(saved));
    }

    /**
     * A manager's decision: {@code {"decision": "SIGN_OFF", "signedOffOn": "2026-11-26", "reviewDueOn": optional,
     * "comment": "..."}} or {@code {"decision": "RETURN", "comment": "..."}}.
     */
    @PostMapping("/{planId}/sign-off")
    @PreAuthorize(Authorisation.PLAN_APPROVERS)
    ResponseEntity<Map<String, Object>> signOff(@PathVariable UUID id, @PathVariable String planId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch);
        JsonFields json = new JsonFields(body);
        StoredPlan saved = plans.decide(currentUsers.require(), id, FormValues.id(planId, "pathway plan"),
                new PathwayPlanService.SignOffInput(json.text("decision"), json.date("signedOffOn"),
                        json.date("reviewDueOn"), json.text("comment"), json.problems()), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(full(saved));
    }

    private static int version(String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the plan's ETag in If-Match so that no one's changes are "
                    + "overwritten");
        }
        return ETags.version(ifMatch);
    }

    private static Map<String, Object> summary(StoredPlan p, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("childId", p.childId());
        json.put("status", p.status().name());
        json.put("copiedFrom", p.copiedFrom());
        json.put("createdBy", p.createdBy());
        json.put("createdAt", p.createdAt().toString());
        json.put("submittedBy", p.submittedBy());
        json.put("signedOffBy", p.signedOffBy());
        json.put("signedOffOn", p.signedOffOn() == null ? null : p.signedOffOn().toString());
        json.put("signOffComment", p.signOffComment());
        json.put("reviewDueOn", p.reviewDueOn() == null ? null : p.reviewDueOn().toString());
        json.put("reviewOverdue", p.reviewDueOn() != null && p.reviewDueOn().isBefore(today));
        json.put("version", p.version());
        return json;
    }

    private Map<String, Object> full(StoredPlan p) {
        Map<String, Object> json = summary(p, LocalDate.now(clock));
        json.put("youngPersonViews", p.youngPersonViews());
        json.put("returnedComment", p.returnedComment());
        List<Map<String, Object>> sections = new ArrayList<>();
        p.sections().values().forEach(s -> {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("section", s.section().name());
            section.put("label", s.section().label());
            section.put("assessedNeed", s.assessedNeed());
            section.put("whatsWorking", s.whatsWorking());
            section.put("goals", s.goals());
            section.put("youngPersonViews", s.youngPersonViews());
            section.put("actions", s.actions().stream().map(a -> {
                Map<String, Object> action = new LinkedHashMap<>();
                action.put("id", a.id());
                action.put("description", a.description());
                action.put("ownerId", a.ownerId());
                action.put("ownerName", a.ownerName());
                action.put("targetDate", a.targetDate().toString());
                action.put("status", a.status().name());
                return action;
            }).toList());
            sections.add(section);
        });
        json.put("sections", sections);
        return json;
    }
}
