package org.hearth.actionplans.web;

import org.hearth.shared.FormValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
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
import org.hearth.actionplans.ActionOwnerRole;
import org.hearth.actionplans.ActionStatus;
import org.hearth.actionplans.internal.ActionPlanService;
import org.hearth.actionplans.internal.StoredActionPlan;
import org.hearth.actionplans.internal.TeamActionPlans;
import org.hearth.children.ChildView;
import org.hearth.policy.Policies;
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
 * A young person's action plans, and the manager's view of a team's open plans. GOV.UK forms: post, redirect, success
 * banner; what was typed is kept when something is refused; changes to the plan carry its version and show a conflict
 * when someone else saved first.
 */
@Controller
class ActionPlanPagesController {

    static final int NEW_ROWS = 3;
    private static final List<Option> ROLES = Arrays.stream(ActionOwnerRole.values())
            .map(r -> new Option(r.name(), r.label())).toList();
    private static final List<Option> STATUSES = Arrays.stream(ActionStatus.values())
            .map(s -> new Option(s.name(), s.label())).toList();

    /** The dated-note forms: progress, a manager's monitoring, a manager's sign-off, and closing. */
    private enum NoteForm {
        PROGRESS("progress", "Record progress", "What has happened", "Date of the progress", false,
                Authorisation.PLAN_WRITERS),
        MONITORING("monitoring", "Review the plan as a manager", "Your review: is the plan working, what needs to change",
                "Date of the review", false, Authorisation.PLAN_APPROVERS),
        SIGN_OFF("sign-off", "Agree the plan", "Your comment (optional)", "Date agreed", true,
                Authorisation.PLAN_APPROVERS),
        CLOSE("close", "Close the plan", "Closing summary: what was achieved and why the plan is closing",
                "Date closed", true, Authorisation.PLAN_WRITERS);

        final String path;
        final String heading;
        final String noteLabel;
        final String dateLabel;
        final boolean versioned;
        final String rule;

        NoteForm(String path, String heading, String noteLabel, String dateLabel, boolean versioned, String rule) {
            this.path = path;
            this.heading = heading;
            this.noteLabel = noteLabel;
            this.dateLabel = dateLabel;
            this.versioned = versioned;
            this.rule = rule;
        }
    }

    private final ActionPlanService plans;
    private final TeamActionPlans teams;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final Policies policies;
    private final Clock clock;

    ActionPlanPagesController(ActionPlanService plans, TeamActionPlans teams, CurrentUsers currentUsers,
            Directory directory, Policies policies, Clock clock) {
        this.plans = plans;
        this.teams = teams;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/action-plans")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String list(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        ActionPlanService.ChildPlans found = plans.list(user, id, "action plans");
        model.addAttribute("child", found.child());
        model.addAttribute("plans", found.plans());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.PLAN_WRITERS, user));
        return "actionplans/list";
    }

    @GetMapping("/children/{id}/action-plans/new")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String newForm(@PathVariable UUID id, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        DateParts today = DateParts.of(LocalDate.now(clock));
        values.put("startedOnDay", today.day());
        values.put("startedOnMonth", today.month());
        values.put("startedOnYear", today.year());
        return newForm(plans.child(currentUsers.require(), id, "action plan (form)"), values, model);
    }

    @PostMapping("/children/{id}/action-plans/new")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String create(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate started = FormValues.date(FormValues.parts(params, "startedOn"), "startedOn", "Date the plan was made",
                problems);
        List<ActionPlanService.ActionInput> actions = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            actions.add(action(params, "actions[" + i + "].", problems));
        }
        try {
            StoredActionPlan plan = plans.create(user, id, new ActionPlanService.CreateInput(params.get("purpose"),
                    started, actions, problems));
            redirect.addFlashAttribute("success", "Action plan recorded");
            return "redirect:/children/" + id + "/action-plans/" + plan.id();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return newForm(plans.child(user, id, "action plan (form)"), new LinkedHashMap<>(params), model);
    }

    private String newForm(ChildView child, Map<String, String> values, Model model) {
        List<Integer> rows = new ArrayList<>();
        List<DateParts> due = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            rows.add(i);
            due.add(FormValues.parts(values, "actions[" + i + "].dueOn"));
        }
        model.addAttribute("child", child);
        model.addAttribute("values", values);
        model.addAttribute("startedOn", FormValues.parts(values, "startedOn"));
        model.addAttribute("rows", rows);
        model.addAttribute("due", due);
        model.addAttribute("roles", ROLES);
        return "actionplans/new";
    }

    @GetMapping("/children/{id}/action-plans/{planId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String plan(@PathVariable UUID id, @PathVariable String planId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredActionPlan plan = plans.one(user, id, FormValues.id(planId, "action plan"), "action plan");
        ChildView child = plans.child(user, id, "action plan");
        Set<UUID> people = new HashSet<>();
        people.add(plan.createdBy());
        people.add(plan.agreedBy());
        people.add(plan.closedBy());
        people.add(child.allocatedWorkerId());
        plan.notes().forEach(n -> people.add(n.recordedBy()));
        LocalDate today = LocalDate.now(clock);
        Period progress = policies.period("action-plans.progress-expected-within", today);
        LocalDate since = plan.progress().isEmpty() ? plan.startedOn()
                : plan.progress().get(plan.progress().size() - 1).date();
        model.addAttribute("child", child);
        model.addAttribute("plan", plan);
        model.addAttribute("names", directory.displayNames(people));
        model.addAttribute("today", today);
        model.addAttribute("progressDue", since.plus(progress));
        model.addAttribute("canWrite", plan.open() && Authorisation.allows(Authorisation.PLAN_WRITERS, user));
        model.addAttribute("isManager", plan.open() && ActionPlanService.isManager(user));
        return "actionplans/plan";
    }

    @GetMapping("/children/{id}/action-plans/{planId}/actions/new")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String actionForm(@PathVariable UUID id, @PathVariable String planId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredActionPlan plan = plans.one(user, id, FormValues.id(planId, "action plan"), "action plan (form)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(plan.version()));
        return actionForm(user, id, plan, values, model);
    }

    @PostMapping("/children/{id}/action-plans/{planId}/actions/new")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String addAction(@PathVariable UUID id, @PathVariable String planId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID planUuid = FormValues.id(planId, "action plan");
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            ActionPlanService.ActionInput input = action(params, "", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            plans.addAction(user, id, planUuid, input, FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "Action added");
            return "redirect:/children/" + id + "/action-plans/" + planUuid;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        return actionForm(user, id, plans.one(user, id, planUuid, "action plan (form)"), values, model);
    }

    private String actionForm(CurrentUser user, UUID id, StoredActionPlan plan, Map<String, String> values,
            Model model) {
        model.addAttribute("child", plans.child(user, id, "action plan (form)"));
        model.addAttribute("plan", plan);
        model.addAttribute("values", values);
        model.addAttribute("dueOn", FormValues.parts(values, "dueOn"));
        model.addAttribute("roles", ROLES);
        return "actionplans/action-form";
    }

    @GetMapping("/children/{id}/action-plans/{planId}/actions/{actionId}/status")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String statusForm(@PathVariable UUID id, @PathVariable String planId, @PathVariable String actionId,
            Model model) {
        CurrentUser user = currentUsers.require();
        StoredActionPlan plan = plans.one(user, id, FormValues.id(planId, "action plan"), "action plan (form)");
        StoredActionPlan.Action action = action(plan, actionId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(plan.version()));
        values.put("status", action.status().name());
        return statusForm(user, id, plan, action, values, model);
    }

    @PostMapping("/children/{id}/action-plans/{planId}/actions/{actionId}/status")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String changeStatus(@PathVariable UUID id, @PathVariable String planId, @PathVariable String actionId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID planUuid = FormValues.id(planId, "action plan");
        UUID actionUuid = FormValues.id(actionId, "action");
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            plans.changeActionStatus(user, id, planUuid, actionUuid, params.get("status"),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "Action status changed");
            return "redirect:/children/" + id + "/action-plans/" + planUuid;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        StoredActionPlan plan = plans.one(user, id, planUuid, "action plan (form)");
        return statusForm(user, id, plan, action(plan, actionId), values, model);
    }

    private String statusForm(CurrentUser user, UUID id, StoredActionPlan plan, StoredActionPlan.Action action,
            Map<String, String> values, Model model) {
        model.addAttribute("child", plans.child(user, id, "action plan (form)"));
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("values", values);
        model.addAttribute("statuses", STATUSES);
        return "actionplans/action-status";
    }

    @GetMapping("/children/{id}/action-plans/{planId}/{form:progress|monitoring|sign-off|close}")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String noteForm(@PathVariable UUID id, @PathVariable String planId, @PathVariable String form, Model model) {
        CurrentUser user = currentUsers.require();
        NoteForm which = noteForm(form, user);
        StoredActionPlan plan = plans.one(user, id, FormValues.id(planId, "action plan"), "action plan (form)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(plan.version()));
        return noteForm(user, id, plan, which, values, DateParts.of(LocalDate.now(clock)), model);
    }

    @PostMapping("/children/{id}/action-plans/{planId}/{form:progress|monitoring|sign-off|close}")
    @PreAuthorize(Authorisation.PLAN_WRITERS)
    String saveNote(@PathVariable UUID id, @PathVariable String planId, @PathVariable String form,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        NoteForm which = noteForm(form, user);
        UUID planUuid = FormValues.id(planId, "action plan");
        DateParts date = FormValues.parts(params, "date");
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = FormValues.date(date, "date", which.dateLabel, problems);
        int version = FormValues.version(params.get("version"));
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            switch (which) {
                case PROGRESS -> plans.recordProgress(user, id, planUuid, on, params.get("note"), problems);
                case MONITORING -> plans.monitor(user, id, planUuid, on, params.get("note"), problems);
                case SIGN_OFF -> plans.agree(user, id, planUuid, on, params.get("note"), problems, version);
                case CLOSE -> plans.close(user, id, planUuid, on, params.get("note"), problems, version);
            }
            redirect.addFlashAttribute("success", switch (which) {
                case PROGRESS -> "Progress recorded";
                case MONITORING -> "Review recorded";
                case SIGN_OFF -> "Action plan agreed";
                case CLOSE -> "Action plan closed";
            });
            return "redirect:/children/" + id + "/action-plans/" + planUuid;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        return noteForm(user, id, plans.one(user, id, planUuid, "action plan (form)"), which, values, date, model);
    }

    private String noteForm(CurrentUser user, UUID id, StoredActionPlan plan, NoteForm form,
            Map<String, String> values, DateParts date, Model model) {
        model.addAttribute("child", plans.child(user, id, "action plan (form)"));
        model.addAttribute("plan", plan);
        model.addAttribute("values", values);
        model.addAttribute("date", date);
        model.addAttribute("form", Map.of("path", form.path, "heading", form.heading, "noteLabel", form.noteLabel,
                "dateLabel", form.dateLabel, "versioned", form.versioned));
        return "actionplans/note-form";
    }

    /** Monitoring and sign-off are a manager's: refused (403) to others, whatever they type in the address. */
    private static NoteForm noteForm(String path, CurrentUser user) {
        NoteForm form = Arrays.stream(NoteForm.values()).filter(f -> f.path.equals(path)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such page"));
        if (!Authorisation.allows(form.rule, user)) {
            throw new org.springframework.security.access.AccessDeniedException("Only a team manager or head of "
                    + "service may do this");
        }
        return form;
    }

    @GetMapping("/teams/{teamId}/action-plans")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    String team(@PathVariable UUID teamId, Model model) {
        model.addAttribute("team", teams.team(currentUsers.require(), teamId));
        model.addAttribute("today", LocalDate.now(clock));
        return "actionplans/team";
    }

    @GetMapping("/action-plans")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    String teams(Model model) {
        model.addAttribute("teams", teams.overseen(currentUsers.require()));
        return "actionplans/teams";
    }

    private static StoredActionPlan.Action action(StoredActionPlan plan, String actionId) {
        return plan.action(FormValues.id(actionId, "action"))
                .orElseThrow(() -> new RecordNotFoundException("No action with id " + actionId + " on this plan"));
    }

    private static ActionPlanService.ActionInput action(Map<String, String> params, String p,
            List<FieldProblem> problems) {
        return new ActionPlanService.ActionInput(params.get(p + "description"), params.get(p + "ownerRole"),
                params.get(p + "ownerName"), FormValues.date(FormValues.parts(params, p + "dueOn"), p + "dueOn",
                        "Due date", problems));
    }
}
