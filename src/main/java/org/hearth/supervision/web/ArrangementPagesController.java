package org.hearth.supervision.web;

import org.hearth.shared.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.hearth.supervision.internal.Arrangements;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A manager's team with each worker's supervision arrangement, and the form to say since when a worker is newly
 * qualified (weekly then fortnightly supervision) or that they no longer are: the page for the API's arrangements.
 */
@Controller
class ArrangementPagesController {

    private final Arrangements arrangements;
    private final CurrentUsers currentUsers;

    ArrangementPagesController(Arrangements arrangements, CurrentUsers currentUsers) {
        this.arrangements = arrangements;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/supervision/arrangements")
    @PreAuthorize(Authorisation.SUPERVISORS)
    String list(Model model) {
        model.addAttribute("workers", arrangements.ofTeams(currentUsers.require()));
        return "supervision/arrangements";
    }

    @GetMapping("/supervision/arrangements/{workerId}")
    @PreAuthorize(Authorisation.SUPERVISORS)
    String form(@PathVariable UUID workerId, Model model) {
        Arrangements.WorkerArrangement worker = worker(currentUsers.require(), workerId);
        return form(model, worker, DateParts.of(worker.newlyQualifiedSince()), worker.version());
    }

    @PostMapping("/supervision/arrangements/{workerId}")
    @PreAuthorize(Authorisation.SUPERVISORS)
    String save(@PathVariable UUID workerId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        Arrangements.WorkerArrangement worker = worker(user, workerId);
        DateParts since = FormValues.parts(params, "newlyQualifiedSince");
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = -2; // a form without its version cannot say what it changes: treated as stale
        }
        List<FieldProblem> problems = new ArrayList<>();
        try {
            var date = FormValues.date(since, "newlyQualifiedSince",
                    "The date they started practice", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            arrangements.set(user, workerId, date, version);
            redirect.addFlashAttribute("success", "Supervision arrangement saved for " + worker.displayName());
            return "redirect:/supervision/arrangements";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            // what they typed stays; the version moves on so that saving again is a deliberate choice
            model.addAttribute("stale", true);
            version = e.currentVersion();
            worker = worker(user, workerId);
        }
        return form(model, worker, since, version);
    }

    private String form(Model model, Arrangements.WorkerArrangement worker, DateParts since, int version) {
        model.addAttribute("worker", worker);
        model.addAttribute("since", since);
        model.addAttribute("version", version);
        return "supervision/arrangement-form";
    }

    /** Only a worker of the manager's own teams (any for heads of service) can be opened. */
    private Arrangements.WorkerArrangement worker(CurrentUser user, UUID workerId) {
        return arrangements.ofTeams(user).stream().filter(w -> w.workerId().equals(workerId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No worker of your teams with id " + workerId));
    }
}
