package org.hearth.supervision.web;

import static org.hearth.shared.FormValues.date;
import static org.hearth.shared.FormValues.parts;
import static org.hearth.shared.FormValues.uuid;

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
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.hearth.shared.StaleEditException;
import org.hearth.supervision.MeetingKind;
import org.hearth.supervision.Participation;
import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.internal.DecisionService;
import org.hearth.supervision.internal.MeetingService;
import org.hearth.supervision.internal.StoredDecision;
import org.hearth.supervision.internal.SupervisionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the child's record: the decision log, meetings and case supervision on one page, and a GOV.UK form for each
 * (post, redirect, success banner; what was typed is kept when something is refused).
 */
@Controller
class ChildSupervisionPagesController {

    /** Rows offered for actions on the case supervision form. */
    static final int ACTION_ROWS = 3;
    private static final List<Option> STATUSES = List.of(new Option("DONE", "Done"),
            new Option("SUPERSEDED", "Superseded by a later decision"));

    private final DecisionService decisions;
    private final MeetingService meetings;
    private final SupervisionService supervision;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final Clock clock;

    ChildSupervisionPagesController(DecisionService decisions, MeetingService meetings, SupervisionService supervision,
            CurrentUsers currentUsers, Directory directory, Clock clock) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.supervision = supervision;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/decisions")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String overview(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        DecisionService.ChildDecisions log = decisions.list(user, id, "decisions, meetings and supervision");
        var sessions = supervision.caseSessions(user, id, "case supervision");
        model.addAttribute("child", log.child());
        model.addAttribute("decisions", log.decisions());
        model.addAttribute("meetings", meetings.list(user, id, "meetings").meetings());
        model.addAttribute("sessions", sessions);
        Set<UUID> people = new HashSet<>();
        log.decisions().forEach(d -> people.add(d.view().ownerId()));
        sessions.forEach(s -> {
            people.add(s.session().supervisorId());
            people.add(s.session().superviseeId());
        });
        model.addAttribute("names", directory.displayNames(people));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canRecord", Authorisation.allows(Authorisation.STATUTORY_ACTIVITY_RECORDERS, user));
        model.addAttribute("canSupervise", Authorisation.allows(Authorisation.SUPERVISORS, user));
        return "supervision/child";
    }

    @GetMapping("/children/{id}/decisions/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String decisionForm(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        ChildView child = decisions.child(user, id, "decision (form)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("decidedBy", user.displayName());
        return decisionForm(model, child, values, DateParts.of(LocalDate.now(clock)), DateParts.of(null));
    }

    @PostMapping("/children/{id}/decisions/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String recordDecision(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        DateParts decidedOn = parts(params, "decidedOn");
        DateParts dueBy = parts(params, "dueBy");
        List<FieldProblem> problems = new ArrayList<>();
        try {
            decisions.record(user, id, new DecisionService.Input(params.get("what"), params.get("why"),
                    params.get("decidedBy"), date(decidedOn, "decidedOn", "Date of the decision", problems),
                    uuid(params.get("ownerId")), date(dueBy, "dueBy", "Date it is due by", problems), problems));
            redirect.addFlashAttribute("success", "Decision recorded");
            return "redirect:/children/" + id + "/decisions";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return decisionForm(model, decisions.child(user, id, "decision (form)"), params, decidedOn, dueBy);
    }

    @PostMapping("/children/{id}/decisions/{decisionId}/status")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String changeStatus(@PathVariable UUID id, @PathVariable String decisionId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID decision = ChildSupervisionApiController.uuid(decisionId, "decision");
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            StoredDecision saved = decisions.changeStatus(user, id, decision, params.get("status"),
                    params.get("note"), version);
            redirect.addFlashAttribute("success", "Decision marked " + saved.view().status().label().toLowerCase());
            return "redirect:/children/" + id + "/decisions";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            params.put("version", String.valueOf(e.currentVersion()));
        }
        model.addAttribute("child", decisions.child(user, id, "decision (form)"));
        model.addAttribute("decision", decisions.one(user, id, decision, "decision (form)"));
        model.addAttribute("values", params);
        model.addAttribute("statuses", STATUSES);
        return "supervision/decision-status";
    }

    @GetMapping("/children/{id}/decisions/{decisionId}/status")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String statusForm(@PathVariable UUID id, @PathVariable String decisionId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredDecision decision = decisions.one(user, id, ChildSupervisionApiController.uuid(decisionId, "decision"),
                "decision (form)");
        model.addAttribute("child", decisions.child(user, id, "decision (form)"));
        model.addAttribute("decision", decision);
        model.addAttribute("values", Map.of("version", String.valueOf(decision.version())));
        model.addAttribute("statuses", STATUSES);
        return "supervision/decision-status";
    }

    @GetMapping("/children/{id}/meetings/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String meetingForm(@PathVariable UUID id, Model model) {
        ChildView child = meetings.child(currentUsers.require(), id, "meeting (form)");
        return meetingForm(model, child, Map.of(), DateParts.of(null));
    }

    @PostMapping("/children/{id}/meetings/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String recordMeeting(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        DateParts date = parts(params, "date");
        List<FieldProblem> problems = new ArrayList<>();
        try {
            meetings.record(user, id, new MeetingService.Input(date(date, "date", "Date of the meeting", problems),
                    params.get("kind"), params.get("kindOther"), params.get("attendees"), params.get("participation"),
                    params.get("notes"), problems));
            redirect.addFlashAttribute("success", "Meeting recorded");
            return "redirect:/children/" + id + "/decisions";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return meetingForm(model, meetings.child(user, id, "meeting (form)"), params, date);
    }

    @GetMapping("/children/{id}/supervisions/new")
    @PreAuthorize(Authorisation.SUPERVISORS)
    String supervisionForm(@PathVariable UUID id, Model model) {
        ChildView child = supervision.child(currentUsers.require(), id, "case supervision (form)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("durationMinutes", "90");
        values.put("model", supervision.configuredModel().name());
        if (child.allocatedWorkerId() != null) {
            values.put("superviseeId", child.allocatedWorkerId().toString());
        }
        return supervisionForm(model, child, values, DateParts.of(LocalDate.now(clock)));
    }

    @PostMapping("/children/{id}/supervisions/new")
    @PreAuthorize(Authorisation.SUPERVISORS)
    String recordSupervision(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        DateParts date = parts(params, "date");
        List<FieldProblem> problems = new ArrayList<>();
        ReflectiveModel reflectiveModel = ReflectiveModel.find(params.get("model"))
                .orElse(supervision.configuredModel());
        Map<String, String> sections = new LinkedHashMap<>();
        reflectiveModel.sections().forEach(s -> sections.put(s.name(), params.get(s.name())));
        List<SupervisionService.ActionInput> actions = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            String p = "actions[" + i + "].";
            actions.add(new SupervisionService.ActionInput(null, params.get(p + "what"), uuid(params.get(p + "ownerId")),
                    date(parts(params, p + "dueBy"), p + "dueBy", "Date the action is due by", problems)));
        }
        try {
            supervision.recordCase(user, id, new SupervisionService.Input(date(date, "date", "Date of the supervision",
                    problems), params.get("durationMinutes"), uuid(params.get("superviseeId")), List.of(),
                    reflectiveModel.name(), sections, params.get("scale"), actions, problems));
            redirect.addFlashAttribute("success", "Case supervision recorded");
            return "redirect:/children/" + id + "/decisions";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return supervisionForm(model, supervision.child(user, id, "case supervision (form)"), params, date);
    }

    private String decisionForm(Model model, ChildView child, Map<String, String> values, DateParts decidedOn,
            DateParts dueBy) {
        model.addAttribute("child", child);
        model.addAttribute("values", values);
        model.addAttribute("decidedOn", decidedOn);
        model.addAttribute("dueBy", dueBy);
        model.addAttribute("people", people(child));
        return "supervision/decision-form";
    }

    private String meetingForm(Model model, ChildView child, Map<String, String> values, DateParts date) {
        model.addAttribute("child", child);
        model.addAttribute("values", values);
        model.addAttribute("date", date);
        model.addAttribute("kinds", Arrays.stream(MeetingKind.values()).map(k -> new Option(k.name(), k.label()))
                .toList());
        model.addAttribute("participations", Arrays.stream(Participation.values())
                .map(p -> new Option(p.name(), p.label() + " (" + p.name() + ")")).toList());
        return "supervision/meeting-form";
    }

    private String supervisionForm(Model model, ChildView child, Map<String, String> values, DateParts date) {
        ReflectiveModel reflectiveModel = ReflectiveModel.find(values.get("model"))
                .orElse(supervision.configuredModel());
        model.addAttribute("child", child);
        model.addAttribute("values", values);
        model.addAttribute("date", date);
        model.addAttribute("model", reflectiveModel);
        model.addAttribute("minimumWords", supervision.minimumWords(LocalDate.now(clock)));
        model.addAttribute("people", people(child));
        List<Integer> rows = new ArrayList<>();
        List<DateParts> dueDates = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            rows.add(i);
            dueDates.add(parts(values, "actions[" + i + "].dueBy"));
        }
        model.addAttribute("actionRows", rows);
        model.addAttribute("dueDates", dueDates);
        return "supervision/supervision-form";
    }

    /** The child's team's workers (and the allocated worker), to name an owner or supervisee. */
    private List<Option> people(ChildView child) {
        List<UserSummary> users = new ArrayList<>(child.responsibleTeamId() == null ? List.of()
                : directory.caseholdersIn(List.of(child.responsibleTeamId())));
        if (child.allocatedWorkerId() != null && users.stream().noneMatch(u -> u.id().equals(child.allocatedWorkerId()))) {
            directory.user(child.allocatedWorkerId()).ifPresent(users::add);
        }
        return users.stream().sorted(java.util.Comparator.comparing(UserSummary::displayName))
                .map(u -> new Option(u.id().toString(), u.displayName())).toList();
    }
}
