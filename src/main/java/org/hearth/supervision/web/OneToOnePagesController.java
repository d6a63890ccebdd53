package org.hearth.supervision.web;

import org.hearth.shared.FormValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.hearth.access.Role;
import org.hearth.access.UserSummary;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.internal.SupervisionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team manager's one-to-one supervision of a member of their team, as GOV.UK pages: first who was supervised (so
 * that the form can offer that worker's caseload as the children discussed), then the session with its reflective
 * sections and actions; and the page to read one session, seen by whoever the API lets see it.
 */
@Controller
class OneToOnePagesController {

    /** Rows offered for actions: enough for one session; more can go straight into the children's decision logs. */
    static final int ACTION_ROWS = 3;

    private final SupervisionService supervision;
    private final ChildRecords children;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final Clock clock;

    OneToOnePagesController(SupervisionService supervision, ChildRecords children, CurrentUsers currentUsers,
            Directory directory, Clock clock) {
        this.supervision = supervision;
        this.children = children;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    /** Without {@code supervisee}: who was supervised. With it: the session form for that worker. */
    @GetMapping("/supervision/one-to-ones/new")
    @PreAuthorize(Authorisation.SUPERVISORS)
    String form(@RequestParam(required = false) String supervisee, Model model) {
        CurrentUser user = currentUsers.require();
        if (supervisee == null) {
            return chooseForm(model, user, null);
        }
        UserSummary worker = teamMember(user, FormValues.uuid(supervisee));
        if (worker == null) {
            FormErrors.addTo(model, List.of(new FieldProblem("supervisee", "Select the worker supervised")));
            return chooseForm(model, user, supervisee);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("durationMinutes", "90");
        values.put("model", supervision.configuredModel().name());
        return sessionForm(model, worker, values, List.of(), DateParts.of(LocalDate.now(clock)));
    }

    @PostMapping("/supervision/one-to-ones/new")
    @PreAuthorize(Authorisation.SUPERVISORS)
    String record(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        Map<String, String> params = new LinkedHashMap<>(form.toSingleValueMap());
        UserSummary worker = teamMember(user, FormValues.uuid(params.get("superviseeId")));
        if (worker == null) {
            // only a tampered or stale form gets here: start again from who was supervised
            FormErrors.addTo(model, List.of(new FieldProblem("supervisee", "Select the worker supervised")));
            return chooseForm(model, user, null);
        }
        List<String> discussed = form.getOrDefault("childIds", List.of());
        List<FieldProblem> problems = new ArrayList<>();
        DateParts date = FormValues.parts(params, "date");
        ReflectiveModel reflectiveModel = ReflectiveModel.find(params.get("model"))
                .orElse(supervision.configuredModel());
        Map<String, String> sections = new LinkedHashMap<>();
        reflectiveModel.sections().forEach(s -> sections.put(s.name(), params.get(s.name())));
        List<SupervisionService.ActionInput> actions = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            String p = "actions[" + i + "].";
            actions.add(new SupervisionService.ActionInput(FormValues.uuid(params.get(p
                    + "childId")), params.get(p + "what"), FormValues.uuid(params.get(p
                    + "ownerId")), FormValues.date(FormValues.parts(params,
                    p + "dueBy"), p + "dueBy", "Date the action is due by", problems)));
        }
        try {
            SupervisionService.Session saved = supervision.recordOneToOne(user, new SupervisionService.Input(
                    FormValues.date(date, "date", "Date of the supervision", problems),
                    params.get("durationMinutes"), worker.id(),
                    discussed.stream().map(FormValues::uuid).toList(), reflectiveModel.name(),
                    sections, params.get("scale"), actions, problems));
            redirect.addFlashAttribute("success", "One-to-one supervision recorded");
            return "redirect:/supervision/sessions/" + saved.session().id();
        } catch (InvalidInputException e) {
            // a child that cannot be discussed is named by its place in the list; the checkboxes are one question
            FormErrors.addTo(model, e.problems().stream().map(p -> p.field().startsWith("childIds[")
                    ? new FieldProblem("childIds", p.message()) : p).toList());
        }
        return sessionForm(model, worker, params, discussed, date);
    }

    /** One session: the API's rule decides who sees it (a case supervision is part of the child's record). */
    @GetMapping("/supervision/sessions/{sessionId}")
    @PreAuthorize(Authorisation.SUPERVISION_READERS)
    String session(@PathVariable String sessionId, Model model) {
        SupervisionService.Session session = supervision.session(currentUsers.require(),
                ChildSupervisionApiController.uuid(sessionId, "supervision session"));
        Set<UUID> people = new HashSet<>();
        people.add(session.session().supervisorId());
        people.add(session.session().superviseeId());
        session.actions().forEach(a -> people.add(a.view().ownerId()));
        Map<UUID, String> childNames = new LinkedHashMap<>();
        Set<UUID> childIds = new HashSet<>(session.session().childIds());
        session.actions().forEach(a -> childIds.add(a.view().childId()));
        // a restricted record's name is itself confidential: it is shown only on the record, to those let in
        children.findAll(childIds).forEach(c -> childNames.put(c.id(), c.restricted() ? "Restricted record"
                : c.knownAs()));
        model.addAttribute("s", session.session());
        model.addAttribute("actions", session.actions());
        model.addAttribute("names", directory.displayNames(people));
        model.addAttribute("childNames", childNames);
        model.addAttribute("teamName", session.session().teamId() == null ? null
                : directory.teamNames().get(session.session().teamId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/session";
    }

    private String chooseForm(Model model, CurrentUser user, String selected) {
        model.addAttribute("workers", teamMembers(user).stream()
                .map(u -> new Option(u.id().toString(), u.displayName())).toList());
        model.addAttribute("selected", selected);
        return "supervision/one-to-one-choose";
    }

    private String sessionForm(Model model, UserSummary worker, Map<String, String> values, List<String> discussed,
            DateParts date) {
        ReflectiveModel reflectiveModel = ReflectiveModel.find(values.get("model"))
                .orElse(supervision.configuredModel());
        // restricted records are left out: naming them to the supervisor would itself disclose them
        List<Option> caseload = children.allocatedTo(worker.id()).stream().filter(c -> !c.restricted())
                .sorted(Comparator.comparing(ChildView::knownAs))
                .map(c -> new Option(c.id().toString(), c.knownAs())).toList();
        List<Option> owners = directory.caseholdersIn(worker.teamIds()).stream()
                .sorted(Comparator.comparing(UserSummary::displayName))
                .map(u -> new Option(u.id().toString(), u.displayName())).toList();
        model.addAttribute("worker", worker);
        model.addAttribute("values", values);
        model.addAttribute("discussed", Set.copyOf(discussed));
        model.addAttribute("date", date);
        model.addAttribute("model", reflectiveModel);
        model.addAttribute("minimumWords", supervision.minimumWords(LocalDate.now(clock)));
        model.addAttribute("caseload", caseload);
        model.addAttribute("owners", owners);
        List<Integer> rows = new ArrayList<>();
        List<DateParts> dueDates = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            rows.add(i);
            dueDates.add(FormValues.parts(values, "actions[" + i + "].dueBy"));
        }
        model.addAttribute("actionRows", rows);
        model.addAttribute("dueDates", dueDates);
        return "supervision/one-to-one-form";
    }

    /** Who the user may supervise: their teams' caseholders (everyone's for heads of service), not themselves. */
    private List<UserSummary> teamMembers(CurrentUser user) {
        List<UserSummary> workers = user.has(Role.HEAD_OF_SERVICE) ? directory.caseholders()
                : directory.caseholdersIn(user.teamIds());
        return workers.stream().filter(w -> !w.id().equals(user.id()))
                .sorted(Comparator.comparing(UserSummary::displayName)).toList();
    }

    private UserSummary teamMember(CurrentUser user, UUID id) {
        return id == null ? null : teamMembers(user).stream().filter(w -> w.id().equals(id)).findFirst()
                .orElse(null);
    }
}
