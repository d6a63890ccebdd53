package org.hearth.children.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.access.RestrictedRecords;
import org.hearth.access.Role;
import org.hearth.children.CareStatus;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeCommandType;
import org.hearth.children.EpisodeView;
import org.hearth.children.NewChild;
import org.hearth.children.internal.CaseloadFilter;
import org.hearth.children.internal.CaseloadQuery;
import org.hearth.children.internal.ChildService;
import org.hearth.codes.CodeField;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.hearth.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My caseload, finding a child, the child overview, and adding or changing a child's details. */
@Controller
class ChildPagesController {

    private static final int PAGE_SIZE = 25;

    private final ChildService children;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final ChildPageOptions options;
    private final RestrictedRecords restrictedRecords;
    private final org.hearth.access.ChildAccess access;
    private final List<org.hearth.shared.ChildOverviewSection> sections;

    ChildPagesController(ChildService children, CurrentUsers currentUsers, Directory directory,
            ChildPageOptions options, RestrictedRecords restrictedRecords, org.hearth.access.ChildAccess access,
            List<org.hearth.shared.ChildOverviewSection> sections) {
        this.access = access;
        this.sections = List.copyOf(sections);
        this.children = children;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.options = options;
        this.restrictedRecords = restrictedRecords;
    }

    @GetMapping("/caseload")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String caseload(@RequestParam Map<String, String> params, Model model) {
        CurrentUser user = currentUsers.require();
        UUID team = uuid(params.get("team"));
        UUID worker = uuid(params.get("worker"));
        // a worker's own caseload first; managers and others start from everything they can see
        if (params.isEmpty() && user.hasAny(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER)) {
            worker = user.id();
        }
        CareStatus status = enumOf(params.get("status"));
        Boolean uasc = "true".equals(params.get("uasc")) ? Boolean.TRUE : null;
        int page = Math.max(0, intOf(params.get("page")) - 1);
        CaseloadFilter filter = CaseloadQuery.filter(team, worker, status, uasc);
        var result = children.caseload(user, filter, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        // those who see every child filter by any team; others by the teams they work in
        model.addAttribute("teams", access.seesEveryChild(user) ? options.teams() : options.teamsAmong(user.teamIds()));
        // a worker filter lists the chosen team's workers, else the user's own teams'
        model.addAttribute("workers", options.workersIn(team != null ? Set.of(team) : user.teamIds()));
        model.addAttribute("teamNames", directory.teamNames());
        model.addAttribute("workerNames", directory.displayNames(result.items().stream()
                .map(c -> c.allocatedWorkerId()).toList()));
        model.addAttribute("statuses", List.of(new Option("IN_CARE", "In care"),
                new Option("CARE_LEAVER", "Care leaver"), new Option("NOT_LOOKED_AFTER", "Not looked after")));
        model.addAttribute("query", queryString(filter));
        model.addAttribute("canCreate", Authorisation.allows(Authorisation.CHILD_RECORD_CREATORS, user));
        return "children/caseload";
    }

    @GetMapping("/children/search")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            var results = children.search(currentUsers.require(), q, 50);
            model.addAttribute("results", results);
            model.addAttribute("teamNames", directory.teamNames());
            model.addAttribute("workerNames", directory.displayNames(results.stream()
                    .map(c -> c.allocatedWorkerId()).toList()));
        }
        return "children/search";
    }

    @GetMapping("/children/{id}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String overview(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        var record = children.viewWithEpisodes(user, id, "child overview");
        ChildView child = record.child();
        List<EpisodeView> episodes = record.episodes();
        model.addAttribute("child", child);
        List<EpisodeView> newestFirst = new java.util.ArrayList<>(episodes);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("episodesNewestFirst", newestFirst);
        model.addAttribute("current", episodes.stream().filter(EpisodeView::open).findFirst().orElse(null));
        model.addAttribute("teamName", directory.team(child.responsibleTeamId()).map(t -> t.name()).orElse(""));
        model.addAttribute("workerName", directory.user(child.allocatedWorkerId()).map(u -> u.displayName())
                .orElse("Not allocated"));
        model.addAttribute("commands", EpisodeCommandType.values());
        model.addAttribute("canRecordEpisodes", Authorisation.allows(Authorisation.EPISODE_RECORDERS, user));
        model.addAttribute("canEdit", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        model.addAttribute("canSeeAccessLog", Authorisation.allows(Authorisation.ACCESS_HISTORY_READERS, user));
        model.addAttribute("canRestrict", Authorisation.allows(Authorisation.RESTRICTION_MANAGERS, user));
        // parts other modules add, now that access to the child has been checked and logged
        model.addAttribute("sections", sections.stream().flatMap(s -> s.sectionFor(id).stream())
                .sorted(java.util.Comparator.comparingInt(org.hearth.shared.ChildOverviewSection.Section::order))
                .toList());
        return "children/overview";
    }

    @GetMapping("/children/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_CREATORS)
    String newChild(Model model) {
        ChildForm form = new ChildForm();
        currentUsers.require().teamIds().stream().findFirst().ifPresent(t -> form.setResponsibleTeamId(t.toString()));
        return childForm(model, form, null);
    }

    @PostMapping("/children/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_CREATORS)
    String createChild(@ModelAttribute("form") ChildForm form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> formProblems = new ArrayList<>();
        try {
            NewChild details = form.toNewChild(formProblems);
            if (!formProblems.isEmpty()) {
                // check the rest too, but never save what the form could not read
                children.check(details);
                throw new InvalidInputException(formProblems);
            }
            UUID id = children.create(currentUsers.require(), details);
            redirect.addFlashAttribute("success", "Child record created");
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            return childForm(model, form, null);
        }
    }

    @GetMapping("/children/{id}/edit")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String editChild(@PathVariable UUID id, Model model) {
        ChildView child = children.view(currentUsers.require(), id, "child details (to change them)");
        return childForm(model, ChildForm.from(child), child);
    }

    /**
     * Saves changed details if no one else changed the record meanwhile; otherwise shows what they changed next to
     * what this user typed, keeping the typed values in the form.
     */
    @PostMapping("/children/{id}/edit")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String updateChild(@PathVariable UUID id, @ModelAttribute("form") ChildForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> formProblems = new ArrayList<>();
        try {
            if (form.getVersion() == null) {
                throw InvalidInputException.of("version", "The form is missing the record version: open it again");
            }
            NewChild details = form.toNewChild(formProblems);
            if (!formProblems.isEmpty()) {
                children.check(details);
                throw new InvalidInputException(formProblems);
            }
            children.update(user, id, form.getVersion(), details);
            redirect.addFlashAttribute("success", "Child details saved");
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            return childForm(model, form, children.view(user, id, "child details (to change them)"));
        } catch (StaleEditException e) {
            ChildView theirs = children.view(user, id, "child details (edit conflict)");
            model.addAttribute("conflict", ConflictRow.between(ChildForm.from(theirs), form, options, directory));
            form.setVersion(theirs.version());
            return childForm(model, form, theirs);
        }
    }

    @GetMapping("/children/{id}/access-log")
    @PreAuthorize(Authorisation.ACCESS_HISTORY_READERS)
    String accessLog(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = currentUsers.require();
        int pageIndex = Math.max(0, page - 1);
        var entries = children.accessHistory(user, id, pageIndex * 100, 100);
        model.addAttribute("child", children.view(user, id, "access history"));
        model.addAttribute("entries", entries);
        model.addAttribute("page", pageIndex + 1);
        return "children/access-log";
    }

    @GetMapping("/children/{id}/restriction")
    @PreAuthorize(Authorisation.RESTRICTION_MANAGERS)
    String restriction(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("child", children.view(user, id, "record restriction"));
        model.addAttribute("named", restrictedRecords.namedOn(id));
        model.addAttribute("users", options.allWorkers());
        return "children/restriction";
    }

    @PostMapping("/children/{id}/restriction")
    @PreAuthorize(Authorisation.RESTRICTION_MANAGERS)
    String restrict(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            children.restrict(currentUsers.require(), id, reason);
            redirect.addFlashAttribute("success", "Record restricted: only the people named can see it");
            return "redirect:/children/" + id + "/restriction";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return restriction(id, model);
        }
    }

    @PostMapping("/children/{id}/restriction/grants")
    @PreAuthorize(Authorisation.RESTRICTION_MANAGERS)
    String grant(@PathVariable UUID id, @RequestParam(required = false) String userId,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            children.grantRestrictedAccess(currentUsers.require(), id, uuid(userId), reason);
            redirect.addFlashAttribute("success", "Access granted and recorded in the access log");
            return "redirect:/children/" + id + "/restriction";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return restriction(id, model);
        }
    }

    private String childForm(Model model, ChildForm form, ChildView existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("teams", options.teams());
        Set<UUID> teams = new java.util.HashSet<>(currentUsers.require().teamIds());
        UUID formTeam = uuid(form.getResponsibleTeamId());
        if (formTeam != null) {
            teams.add(formTeam);
        }
        UUID allocated = uuid(form.getAllocatedWorkerId());
        directory.user(allocated).ifPresent(u -> teams.addAll(u.teamIds()));
        model.addAttribute("workers", teams.isEmpty() ? options.allWorkers() : options.workersIn(teams));
        model.addAttribute("sexes", options.codes(CodeField.SEX));
        model.addAttribute("ethnicities", options.codes(CodeField.ETHNIC));
        model.addAttribute("motherOptions", List.of(new Option("true", "Yes"), new Option("false", "No"),
                new Option("", "Not recorded")));
        return "children/form";
    }

    private static String queryString(CaseloadFilter filter) {
        StringBuilder query = new StringBuilder();
        if (filter.teamId() != null) {
            query.append("&team=").append(filter.teamId());
        }
        if (filter.workerId() != null) {
            query.append("&worker=").append(filter.workerId());
        }
        if (filter.status() != null) {
            query.append("&status=").append(filter.status());
        }
        if (Boolean.TRUE.equals(filter.uasc())) {
            query.append("&uasc=true");
        }
        return query.toString();
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static CareStatus enumOf(String value) {
        try {
            return value == null || value.isBlank() ? null : CareStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int intOf(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

}
