package org.hearth.chronology.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.chronology.internal.LifeStoryTimeline;
import org.hearth.shared.FormErrors;
import org.hearth.shared.FormValues;
import org.hearth.shared.InvalidInputException;
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
 * The child's life story timeline (issue 7): the chronology's positive and key events in plain language, curated by
 * the worker entry by entry, and a print view to share with the child. Linked from the life story work page by URL.
 */
@Controller
class LifeStoryTimelineController {

    private final LifeStoryTimeline timeline;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    LifeStoryTimelineController(LifeStoryTimeline timeline, CurrentUsers currentUsers, Clock clock) {
        this.timeline = timeline;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/life-story/timeline")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String timeline(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("timeline", timeline.of(user, id, "life story timeline"));
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        return "chronology/life-story-timeline";
    }

    @GetMapping("/children/{id}/life-story/timeline/print")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String print(@PathVariable UUID id, Model model) {
        model.addAttribute("timeline", timeline.forSharing(currentUsers.require(), id, LocalDate.now(clock)));
        return "chronology/life-story-timeline-print";
    }

    @GetMapping("/children/{id}/life-story/timeline/{entryId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String form(@PathVariable UUID id, @PathVariable String entryId, Model model) {
        CurrentUser user = currentUsers.require();
        LifeStoryTimeline.Item item = timeline.item(user, id, FormValues.id(entryId, "chronology entry"),
                "life story timeline (form)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("included", String.valueOf(item.included()));
        values.put("childWording", item.childWording());
        values.put("note", item.note());
        values.put("version", String.valueOf(item.version()));
        return form(user, id, item, values, model);
    }

    @PostMapping("/children/{id}/life-story/timeline/{entryId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String choose(@PathVariable UUID id, @PathVariable String entryId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID entry = FormValues.id(entryId, "chronology entry");
        Map<String, String> values = new LinkedHashMap<>(params);
        String included = params.get("included");
        try {
            timeline.choose(user, id, entry, "true".equals(included) ? Boolean.TRUE : "false".equals(included)
                    ? Boolean.FALSE : null, params.get("childWording"), params.get("note"),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "Timeline changed");
            return "redirect:/children/" + id + "/life-story/timeline#entry-" + entry;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        return form(user, id, timeline.item(user, id, entry, "life story timeline (form)"), values, model);
    }

    private String form(CurrentUser user, UUID id, LifeStoryTimeline.Item item, Map<String, String> values,
            Model model) {
        model.addAttribute("timeline", timeline.of(user, id, "life story timeline (form)"));
        model.addAttribute("item", item);
        model.addAttribute("values", values);
        return "chronology/life-story-timeline-form";
    }
}
