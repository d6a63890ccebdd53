package org.hearth.policy.web;

import java.time.Clock;
import java.time.LocalDate;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.policy.Policies;
import org.hearth.policy.PolicyCatalogue;
import org.hearth.policy.PolicySetting;
import org.hearth.policy.PolicyType;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for local settings: the list, and one setting with its history and a change form. */
@Controller
class PolicyPagesController {

    private final Policies policies;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PolicyPagesController(Policies policies, CurrentUsers currentUsers, Clock clock) {
        this.policies = policies;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/admin/policies")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String list(Model model) {
        model.addAttribute("settings", policies.settings(LocalDate.now(clock)));
        return "policy/list";
    }

    @GetMapping("/admin/policies/{key}")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String setting(@PathVariable String key, Model model) {
        PolicySetting setting = policies.setting(key, LocalDate.now(clock));
        model.addAttribute("setting", setting);
        model.addAttribute("document", setting.definition().type() == PolicyType.DOCUMENT
                ? DocumentForm.of(setting.definition().key()) : null);
        return "policy/setting";
    }

    /**
     * How a written setting is shown and edited: the young people's pages link to themselves and are written for
     * young people; the exploitation indicator lists are one indicator a line; other documents are guidance for staff.
     */
    record DocumentForm(String pageUrl, String hint, boolean listed) {

        private static final String MARKDOWN = "Start a heading with ## , a list item with - , make words bold with "
                + "**two stars**; a link is [words](https://address).";

        static DocumentForm of(String key) {
            if (key.equals(PolicyCatalogue.DOCUMENT_LEAVING_CARE_OFFER)) {
                return new DocumentForm("/leaving-care-offer", "Write for young people. " + MARKDOWN, false);
            }
            if (key.equals(PolicyCatalogue.DOCUMENT_COMPLAINTS_PROCESS)) {
                return new DocumentForm("/complaints", "Write for young people. " + MARKDOWN, false);
            }
            if (key.startsWith("exploitation.indicators.")) {
                return new DocumentForm(null, "One indicator a line, as workers will see it. An indicator keeps its "
                        + "place in past screenings when it is reworded or removed here.", true);
            }
            return new DocumentForm(null, "Write for staff. " + MARKDOWN, false);
        }
    }

    @PostMapping("/admin/policies/{key}")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String change(@PathVariable String key, @RequestParam(required = false) String value,
            @RequestParam(required = false) String effectiveFromDay,
            @RequestParam(required = false) String effectiveFromMonth,
            @RequestParam(required = false) String effectiveFromYear,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        java.util.List<FieldProblem> formProblems = new java.util.ArrayList<>();
        LocalDate effectiveFrom = null;
        try {
            effectiveFrom = new DateParts(effectiveFromDay, effectiveFromMonth, effectiveFromYear)
                    .toDate("effectiveFrom", "The date it takes effect");
        } catch (InvalidInputException e) {
            formProblems.addAll(e.problems());
        }
        try {
            // a date the form could not read reaches the service as missing, so it is refused there too
            policies.change(currentUsers.require(), key, value, effectiveFrom, reason);
            redirect.addFlashAttribute("success", "Change saved");
            return "redirect:/admin/policies/" + key;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            model.addAttribute("value", value);
            model.addAttribute("effectiveFrom", new DateParts(effectiveFromDay, effectiveFromMonth,
                    effectiveFromYear));
            model.addAttribute("reason", reason);
            return setting(key, model);
        }
    }
}
