package org.hearth.children.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.children.Reallocation;
import org.hearth.children.ReallocationResult;
import org.hearth.children.internal.ReallocationService;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page for reallocating a caseload when a worker leaves, or chosen children, in one step (issue 3). Administrators see each
 * child by local ID only: they manage allocations, not records.
 */
@Controller
class ReallocationController {

    private final ReallocationService reallocations;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final ChildPageOptions options;

    ReallocationController(ReallocationService reallocations, Directory directory, CurrentUsers currentUsers,
            ChildPageOptions options) {
        this.reallocations = reallocations;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.options = options;
    }

    @GetMapping("/admin/reallocations")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String form(@RequestParam(required = false) UUID from, Model model) {
        model.addAttribute("workers", options.allWorkers());
        model.addAttribute("changeReasons", java.util.Arrays.stream(org.hearth.children.SocialWorkerChangeReason
                .values()).map(r -> new org.hearth.shared.Option(r.name(), r.label())).toList());
        model.addAttribute("from", from);
        if (from != null) {
            var leaving = directory.user(from);
            model.addAttribute("fromName", leaving.map(u -> u.displayName()).orElse(""));
            model.addAttribute("caseload", reallocations.caseloadOf(from));
            // colleagues in the leaving worker's teams first: the usual choice, and a short list
            var teams = leaving.map(u -> u.teamIds()).orElse(java.util.Set.of());
            model.addAttribute("colleagues", teams.isEmpty() ? options.allWorkers() : options.workersIn(teams));
        }
        return "admin/reallocations";
    }

    /** Every child to {@code toWorkerId}, except those given their own worker in {@code worker-<childId>}. */
    @PostMapping("/admin/reallocations")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String reallocateFromPage(@RequestParam UUID from, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        List<Reallocation.Assignment> assignments = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.startsWith("worker-") && !value.isBlank()) {
                assignments.add(new Reallocation.Assignment(ChildPagesController.uuid(name.substring(7)),
                        ChildPagesController.uuid(value)));
            }
        });
        UUID toAll = ChildPagesController.uuid(params.get("toWorkerId"));
        try {
            ReallocationResult result = reallocations.reallocate(currentUsers.require(),
                    new Reallocation(from, toAll, assignments, params.get("reason"),
                            params.get("changeReason")));
            redirect.addFlashAttribute("success", result.reallocated() + " children reallocated");
            return "redirect:/admin/reallocations?from=" + from;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("reason", params.get("reason"));
            model.addAttribute("changeReason", params.get("changeReason"));
            model.addAttribute("toWorkerId", params.get("toWorkerId"));
            return form(from, model);
        }
    }
}
