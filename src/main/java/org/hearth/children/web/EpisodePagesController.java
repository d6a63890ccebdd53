package org.hearth.children.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.children.EpisodeCommandType;
import org.hearth.children.EpisodeView;
import org.hearth.children.internal.ChildService;
import org.hearth.children.internal.EpisodeService;
import org.hearth.codes.CodeField;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
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

/** One page per episode command: start care, change placement, change legal status, both, end care. */
@Controller
class EpisodePagesController {

    private final ChildService children;
    private final EpisodeService episodes;
    private final CurrentUsers currentUsers;
    private final ChildPageOptions options;

    EpisodePagesController(ChildService children, EpisodeService episodes, CurrentUsers currentUsers,
            ChildPageOptions options) {
        this.children = children;
        this.episodes = episodes;
        this.currentUsers = currentUsers;
        this.options = options;
    }

    @GetMapping("/children/{id}/episodes/undo")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    String undoForm(@PathVariable UUID id, Model model) {
        var record = children.viewWithEpisodes(currentUsers.require(), id, "undo latest episode change (form)");
        return undoPage(model, record, record.child().version(), null);
    }

    @PostMapping("/children/{id}/episodes/undo")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    String undo(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        var user = currentUsers.require();
        try {
            episodes.undoLatest(user, id, reason, version);
            redirect.addFlashAttribute("success", "The latest change has been undone");
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return undoPage(model, children.viewWithEpisodes(user, id, "undo latest episode change (form)"), version,
                    reason);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            return undoPage(model, children.viewWithEpisodes(user, id, "undo latest episode change (form)"),
                    e.currentVersion(), reason);
        }
    }

    private String undoPage(Model model, ChildService.ChildWithEpisodes record, Integer version, String reason) {
        model.addAttribute("child", record.child());
        List<EpisodeView> history = record.episodes();
        model.addAttribute("latest", history.isEmpty() ? null : history.get(history.size() - 1));
        model.addAttribute("version", version);
        model.addAttribute("reason", reason);
        return "children/undo";
    }

    @GetMapping("/children/{id}/episodes/{command}")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    String form(@PathVariable UUID id, @PathVariable String command, Model model) {
        EpisodeCommandType type = type(command);
        var record = children.viewWithEpisodes(currentUsers.require(), id, type.label().toLowerCase() + " (form)");
        EpisodeForm form = new EpisodeForm();
        form.setVersion(record.child().version());
        return page(model, type, record, form);
    }

    @PostMapping("/children/{id}/episodes/{command}")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    String record(@PathVariable UUID id, @PathVariable String command, @ModelAttribute("form") EpisodeForm form,
            Model model, RedirectAttributes redirect) {
        EpisodeCommandType type = type(command);
        var user = currentUsers.require();
        List<FieldProblem> formProblems = new ArrayList<>();
        try {
            episodes.record(user, id, form.toCommand(type, formProblems), form.getVersion());
            redirect.addFlashAttribute("success", type.label() + ": recorded");
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            form.setVersion(e.currentVersion());
        }
        return page(model, type, children.viewWithEpisodes(user, id, type.label().toLowerCase() + " (form)"), form);
    }

    private String page(Model model, EpisodeCommandType type, ChildService.ChildWithEpisodes record,
            EpisodeForm form) {
        model.addAttribute("type", type);
        model.addAttribute("child", record.child());
        model.addAttribute("current", record.episodes().stream().filter(e -> e.open()).findFirst().orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("legalStatuses", options.codes(CodeField.LS));
        model.addAttribute("categoriesOfNeed", options.codes(CodeField.CIN));
        model.addAttribute("placementTypes", options.codes(CodeField.PLACE));
        model.addAttribute("providers", options.codes(CodeField.PLACE_PROVIDER));
        model.addAttribute("carers", options.carers());
        model.addAttribute("placeChangeReasons", options.codes(CodeField.REASON_PLACE_CHANGE));
        model.addAttribute("endReasons", options.codes(CodeField.REC).stream()
                .filter(o -> !o.value().equals("X1")).toList());
        return "children/episode-form";
    }

    private static EpisodeCommandType type(String slug) {
        return EpisodeCommandType.fromSlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("No such episode command: " + slug));
    }
}
