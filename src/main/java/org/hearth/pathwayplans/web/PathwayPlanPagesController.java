package org.hearth.pathwayplans.web;

import org.hearth.shared.FormValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.access.UserSummary;
import org.hearth.children.ChildView;
import org.hearth.pathwayplans.PlanActionStatus;
import org.hearth.pathwayplans.PlanSection;
import org.hearth.pathwayplans.PlanStatus;
import org.hearth.pathwayplans.internal.PathwayPlanService;
import org.hearth.pathwayplans.internal.StoredPlan;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A young person's pathway plans: the list and history, the plan itself (printable, written for the young person to
 * read too), a form per section, the young person's views, sending for sign-off and a manager's sign-off. Every page
 * links to the leaving care offer and the complaints process. Forms carry the plan's version and show a conflict when
 * someone else saved first.
 */
@Controller
class PathwayPlanPagesController {

    /** Empty action rows offered under a section's actions. */
    static final int SPARE_ROWS = 3;
    private static final List<Option> DECISIONS = List.of(new Option("SIGN_OFF", "Sign the plan off"),
            new Option("RETURN", "Return it to its author to change"));

    private final PathwayPlanService plans;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final Clock clock;

    PathwayPlanPagesController(PathwayPlanService plans, CurrentUsers currentUsers, Directory directory, Clock clock) {
        this.plans = plans;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/pathway-plans")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String list(@PathVariable UUID id, Model model) {
        return list(currentUsers.require(), id, model);
    }

    private String list(CurrentUser user, UUID id, Model model) {
        PathwayPlanService.ChildPlans found = plans.list(user, id, "pathway plans");
        Set<UUID> people = new HashSet<>();
        found.plans().forEach(p -> {
            people.add(p.createdBy());
            people.add(p.signedOffBy());
        });
        model.addAttribute("child", found.child());
        model.addAttribute("plans", found.plans());
        model.addAttribute("inTheMaking", found.plans().stream().filter(p -> p.status() != PlanStatus.SIGNED_OFF)
                .findFirst().orElse(null));
        model.addAttribute("hasSignedOff", found.plans().stream().anyMatch(p -> p.status() == PlanStatus.SIGNED_OFF));
        model.addAttribute("names", directory.displayNames(people));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.PLAN_WRITERS, user));
        return "pathwayplans/list";
    }

    @PostMapping("/children/{id}/pathway-plans")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String start(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            StoredPlan plan = plans.start(user, id);
            redirect.addFlashAttribute("success", plan.copiedFrom() == null ? "Pathway plan started"
                    : "Review started from the last signed-off plan");
            return "redirect:/children/" + id + "/pathway-plans/" + plan.id();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return list(user, id, model);
    }

    @GetMapping("/children/{id}/pathway-plans/{planId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String plan(@PathVariable UUID id, @PathVariable String planId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredPlan plan = plans.one(user, id, FormValues.id(planId, "pathway plan"), "pathway plan");
        return planPage(user, plans.child(user, id, "pathway plan"), plan, model);
    }

    private String planPage(CurrentUser user, ChildView child, StoredPlan plan, Model model) {
        Set<UUID> people = new HashSet<>();
        people.add(plan.createdBy());
        people.add(plan.signedOffBy());
        people.add(plan.submittedBy());
        plan.sections().values().forEach(s -> s.actions().forEach(a -> people.add(a.ownerId())));
        model.addAttribute("child", child);
        model.addAttribute("plan", plan);
        model.addAttribute("names", directory.displayNames(people));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canWrite", plan.editable() && Authorisation.allows(Authorisation.PLAN_WRITERS, user));
        model.addAttribute("canSignOff", plan.status() == PlanStatus.AWAITING_SIGN_OFF
                && PathwayPlanService.maySignOff(user, plan));
        return "pathwayplans/plan";
    }

    @PostMapping("/children/{id}/pathway-plans/{planId}/submit")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String submit(@PathVariable UUID id, @PathVariable String planId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID plan = FormValues.id(planId, "pathway plan");
        try {
            plans.submit(user, id, plan, FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "Pathway plan sent for sign-off");
            return "redirect:/children/" + id + "/pathway-plans/" + plan;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        return planPage(user, plans.child(user, id, "pathway plan"), plans.one(user, id, plan, "pathway plan"),
                model);
    }

    @GetMapping("/children/{id}/pathway-plans/{planId}/sections/{section}")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String sectionForm(@PathVariable UUID id, @PathVariable String planId, @PathVariable String section,
            Model model) {
        CurrentUser user = currentUsers.require();
        StoredPlan plan = plans.one(user, id, FormValues.id(planId, "pathway plan"), "pathway plan (form)");
        PlanSection which = section(section);
        StoredPlan.Section s = plan.section(which);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("assessedNeed", s.assessedNeed());
        values.put("whatsWorking", s.whatsWorking());
        values.put("goals", s.goals());
        values.put("youngPersonViews", s.youngPersonViews());
        values.put("version", String.valueOf(plan.version()));
        for (int i = 0; i < s.actions().size(); i++) {
            StoredPlan.Action a = s.actions().get(i);
            String p = "actions[" + i + "].";
            values.put(p + "description", a.description());
            values.put(p + "ownerId", a.ownerId() == null ? null : a.ownerId().toString());
            values.put(p + "ownerName", a.ownerName());
            values.put(p + "status", a.status().name());
            DateParts target = DateParts.of(a.targetDate());
            values.put(p + "targetDateDay", target.day());
            values.put(p + "targetDateMonth", target.month());
            values.put(p + "targetDateYear", target.year());
        }
        values.put("rows", String.valueOf(s.actions().size() + SPARE_ROWS));
        return sectionForm(user, id, plan, which, values, model);
    }

    @PostMapping("/children/{id}/pathway-plans/{planId}/sections/{section}")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String saveSection(@PathVariable UUID id, @PathVariable String planId, @PathVariable String section,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID planUuid = FormValues.id(planId, "pathway plan");
        PlanSection which = section(section);
        int rows = Math.min(Math.max(FormValues.version(params.get("rows")), 0), 100);
        List<FieldProblem> problems = new ArrayList<>();
        List<PathwayPlanService.ActionInput> actions = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String p = "actions[" + i + "].";
            actions.add(new PathwayPlanService.ActionInput(params.get(p + "description"),
                    FormValues.uuid(params.get(p + "ownerId")), params.get(p + "ownerName"),
                    FormValues.date(FormValues.parts(params, p + "targetDate"), p + "targetDate", "Target date",
                            problems), params.get(p + "status")));
        }
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            plans.saveSection(user, id, planUuid, which, new PathwayPlanService.SectionInput(params.get("assessedNeed"),
                    params.get("whatsWorking"), params.get("goals"), params.get("youngPersonViews"), actions, problems),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", which.label() + " saved");
            return "redirect:/children/" + id + "/pathway-plans/" + planUuid + "#" + which.slug();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        StoredPlan plan = plans.one(user, id, planUuid, "pathway plan (form)");
        model.addAttribute("current", plan.section(which));
        return sectionForm(user, id, plan, which, values, model);
    }

    private String sectionForm(CurrentUser user, UUID id, StoredPlan plan, PlanSection section,
            Map<String, String> values, Model model) {
        ChildView child = plans.child(user, id, "pathway plan (form)");
        int rows = Math.min(Math.max(FormValues.version(values.get("rows")), SPARE_ROWS), 100);
        List<Integer> indexes = new ArrayList<>();
        List<DateParts> targets = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            indexes.add(i);
            targets.add(FormValues.parts(values, "actions[" + i + "].targetDate"));
        }
        values.put("rows", String.valueOf(rows));
        model.addAttribute("child", child);
        model.addAttribute("plan", plan);
        model.addAttribute("section", section);
        model.addAttribute("values", values);
        model.addAttribute("rows", indexes);
        model.addAttribute("targets", targets);
        model.addAttribute("people", people(child, plan));
        model.addAttribute("statuses", Arrays.stream(PlanActionStatus.values())
                .map(s -> new Option(s.name(), s.label())).toList());
        return "pathwayplans/section-form";
    }

    @GetMapping("/children/{id}/pathway-plans/{planId}/views")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String viewsForm(@PathVariable UUID id, @PathVariable String planId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredPlan plan = plans.one(user, id, FormValues.id(planId, "pathway plan"), "pathway plan (form)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("youngPersonViews", plan.youngPersonViews());
        values.put("version", String.valueOf(plan.version()));
        return viewsForm(user, id, plan, values, model);
    }

    @PostMapping("/children/{id}/pathway-plans/{planId}/views")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String saveViews(@PathVariable UUID id, @PathVariable String planId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID planUuid = FormValues.id(planId, "pathway plan");
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            plans.saveViews(user, id, planUuid, params.get("youngPersonViews"),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "The young person's views saved");
            return "redirect:/children/" + id + "/pathway-plans/" + planUuid;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        StoredPlan plan = plans.one(user, id, planUuid, "pathway plan (form)");
        model.addAttribute("currentViews", plan.youngPersonViews());
        return viewsForm(user, id, plan, values, model);
    }

    private String viewsForm(CurrentUser user, UUID id, StoredPlan plan, Map<String, String> values, Model model) {
        model.addAttribute("child", plans.child(user, id, "pathway plan (form)"));
        model.addAttribute("plan", plan);
        model.addAttribute("values", values);
        return "pathwayplans/views-form";
    }

    @GetMapping("/children/{id}/pathway-plans/{planId}/sign-off")
    @PreAuthorize(Authorisation.PLAN_APPROVERS)
    String signOffForm(@PathVariable UUID id, @PathVariable String planId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredPlan plan = plans.one(user, id, FormValues.id(planId, "pathway plan"), "pathway plan (sign-off)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(plan.version()));
        LocalDate today = LocalDate.now(clock);
        return signOffForm(user, id, plan, values, DateParts.of(today), DateParts.of(null), model);
    }

    @PostMapping("/children/{id}/pathway-plans/{planId}/sign-off")
    @PreAuthorize(Authorisation.PLAN_APPROVERS)
    String signOff(@PathVariable UUID id, @PathVariable String planId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID planUuid = FormValues.id(planId, "pathway plan");
        DateParts on = FormValues.parts(params, "signedOffOn");
        DateParts review = FormValues.parts(params, "reviewDueOn");
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            StoredPlan saved = plans.decide(user, id, planUuid, new PathwayPlanService.SignOffInput(
                    params.get("decision"), FormValues.date(on, "signedOffOn", "Date of sign-off", problems),
                    FormValues.date(review, "reviewDueOn", "Review date", problems), params.get("comment"), problems),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", saved.status() == PlanStatus.SIGNED_OFF
                    ? "Pathway plan signed off; review due by " + saved.reviewDueOn().format(
                            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                    : "Pathway plan returned to its author");
            return "redirect:/children/" + id + "/pathway-plans/" + planUuid;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        StoredPlan plan = plans.one(user, id, planUuid, "pathway plan (sign-off)");
        return signOffForm(user, id, plan, values, on, review, model);
    }

    private String signOffForm(CurrentUser user, UUID id, StoredPlan plan, Map<String, String> values,
            DateParts on, DateParts review, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("child", plans.child(user, id, "pathway plan (sign-off)"));
        model.addAttribute("plan", plan);
        model.addAttribute("values", values);
        model.addAttribute("signedOffOn", on);
        model.addAttribute("reviewDueOn", review);
        model.addAttribute("decisions", DECISIONS);
        model.addAttribute("mayDecide", PathwayPlanService.maySignOff(user, plan));
        model.addAttribute("defaultReview", today.plus(plans.reviewInterval(today)));
        model.addAttribute("names", directory.displayNames(java.util.Arrays.asList(plan.createdBy(),
                plan.submittedBy())));
        return "pathwayplans/sign-off";
    }

    private static PlanSection section(String slug) {
        return PlanSection.fromSlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("No pathway plan section " + slug));
    }

    /** The young person's team's workers, the allocated worker and the plan's owners, to name as an action's owner. */
    private List<Option> people(ChildView child, StoredPlan plan) {
        List<UserSummary> users = new ArrayList<>(child.responsibleTeamId() == null ? List.of()
                : directory.caseholdersIn(List.of(child.responsibleTeamId())));
        Set<UUID> also = new HashSet<>();
        also.add(child.allocatedWorkerId());
        plan.sections().values().forEach(s -> s.actions().forEach(a -> also.add(a.ownerId())));
        for (UUID extra : also) {
            if (extra != null && users.stream().noneMatch(u -> u.id().equals(extra))) {
                directory.user(extra).ifPresent(users::add);
            }
        }
        return users.stream().sorted(java.util.Comparator.comparing(UserSummary::displayName))
                .map(u -> new Option(u.id().toString(), u.displayName())).toList();
    }
}
