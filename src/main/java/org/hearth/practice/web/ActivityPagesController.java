package org.hearth.practice.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.children.ChildView;
import org.hearth.codes.CodeLists;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.internal.ActivityDefinitions;
import org.hearth.practice.internal.ActivityService;
import org.hearth.practice.internal.FieldDefinition;
import org.hearth.practice.internal.FieldType;
import org.hearth.practice.internal.KindDefinition;
import org.hearth.practice.internal.StoredActivity;
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
 * A child's statutory activity on pages: the latest of each kind and the whole history, and one short form per kind
 * (drawn from the kind's definition) to record an activity or correct one.
 */
@Controller
class ActivityPagesController {

    private static final String KIND = "{kind:" + ActivityPaths.KINDS + "}";

    private final ActivityService activities;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final CodeLists codes;
    private final java.time.Clock clock;

    ActivityPagesController(ActivityService activities, CurrentUsers currentUsers, Directory directory,
            CodeLists codes, java.time.Clock clock) {
        this.activities = activities;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.codes = codes;
        this.clock = clock;
    }

    /** One row of the "latest by kind" table. */
    record Latest(ActivityKind kind, StoredActivity activity) {
    }

    @GetMapping("/children/{id}/activity")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String overview(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        ActivityService.ChildActivity record = activities.all(user, id, "statutory activity");
        List<Latest> latest = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            latest.add(new Latest(kind, record.of(kind).stream().filter(a -> !a.enteredInError()).findFirst()
                    .orElse(null)));
        }
        model.addAttribute("child", record.child());
        model.addAttribute("latest", latest);
        model.addAttribute("history", record.activities());
        model.addAttribute("names", directory.displayNames(record.activities().stream()
                .map(a -> a.changedBy()).filter(Objects::nonNull).distinct().toList()));
        model.addAttribute("canRecord", Authorisation.allows(Authorisation.STATUTORY_ACTIVITY_RECORDERS, user));
        return "practice/activity";
    }

    @GetMapping("/children/{id}/activity/" + KIND + "/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String newForm(@PathVariable UUID id, @PathVariable String kind, Model model) {
        ActivityKind type = ActivityPaths.kind(kind);
        ChildView child = activities.child(currentUsers.require(), id, ActivityPaths.lower(type.label()) + " (form)");
        return form(model, child, type, null, Map.of(), DateParts.of(null));
    }

    @PostMapping("/children/{id}/activity/" + KIND + "/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String record(@PathVariable UUID id, @PathVariable String kind, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        ActivityKind type = ActivityPaths.kind(kind);
        CurrentUser user = currentUsers.require();
        DateParts date = dateParts(params);
        try {
            activities.record(user, id, type, input(type, params, date));
            redirect.addFlashAttribute("success", type.label() + " recorded");
            return "redirect:/children/" + id + "/activity";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        ChildView child = activities.child(user, id, ActivityPaths.lower(type.label()) + " (form)");
        return form(model, child, type, null, params, date);
    }

    @GetMapping("/children/{id}/activity/" + KIND + "/{activityId}")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String correctionForm(@PathVariable UUID id, @PathVariable String kind, @PathVariable String activityId,
            Model model) {
        ActivityKind type = ActivityPaths.kind(kind);
        var one = activities.one(currentUsers.require(), id, type, activityId(activityId),
                ActivityPaths.lower(type.label()) + " (correction form)");
        StoredActivity activity = one.activity();
        Map<String, String> values = new HashMap<>(activity.view().details());
        values.put("version", String.valueOf(activity.version()));
        return form(model, one.child(), type, activity, values, DateParts.of(activity.view().date()));
    }

    @PostMapping("/children/{id}/activity/" + KIND + "/{activityId}")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String correct(@PathVariable UUID id, @PathVariable String kind, @PathVariable String activityId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ActivityKind type = ActivityPaths.kind(kind);
        UUID activity = activityId(activityId);
        CurrentUser user = currentUsers.require();
        DateParts date = dateParts(params);
        Map<String, String> values = new HashMap<>(params);
        boolean inError = "true".equals(params.get("enteredInError"));
        try {
            activities.correct(user, id, type, activity, input(type, params, date), inError,
                    params.get("enteredInErrorReason"), version(params.get("version")));
            redirect.addFlashAttribute("success", type.label() + (inError ? " marked as recorded in error"
                    : " corrected"));
            return "redirect:/children/" + id + "/activity";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            // keep what the user typed; show what is saved now; the next save is against the current version
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        var one = activities.one(user, id, type, activity, ActivityPaths.lower(type.label()) + " (correction form)");
        return form(model, one.child(), type, one.activity(), values, date);
    }

    private String form(Model model, ChildView child, ActivityKind kind, StoredActivity activity,
            Map<String, String> values, DateParts date) {
        KindDefinition definition = ActivityDefinitions.of(kind);
        Map<String, List<Option>> codeOptions = new LinkedHashMap<>();
        for (FieldDefinition field : definition.fields()) {
            if (field.type() == FieldType.CODE) {
                codeOptions.put(field.name(), codes.codesOn(field.codeField(), java.time.LocalDate.now(clock))
                        .stream().map(c -> new Option(c.code(), c.label())).toList());
            }
        }
        model.addAttribute("child", child);
        model.addAttribute("kind", kind);
        model.addAttribute("definition", definition);
        model.addAttribute("codeOptions", codeOptions);
        model.addAttribute("values", values);
        model.addAttribute("date", date);
        model.addAttribute("activity", activity);
        return "practice/form";
    }

    private static ActivityService.Input input(ActivityKind kind, Map<String, String> params, DateParts date) {
        List<FieldProblem> problems = new ArrayList<>();
        java.time.LocalDate parsed = null;
        try {
            parsed = date.toDate("date", ActivityDefinitions.of(kind).dateLabel());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Map<String, String> values = new HashMap<>();
        ActivityDefinitions.of(kind).fields().forEach(f -> {
            if (params.get(f.name()) != null) {
                values.put(f.name(), params.get(f.name()));
            }
        });
        return new ActivityService.Input(parsed, values, problems);
    }

    private static DateParts dateParts(Map<String, String> params) {
        return new DateParts(params.get("dateDay"), params.get("dateMonth"), params.get("dateYear"));
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of("version", "Open the activity again before correcting it");
        }
    }

    private static UUID activityId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("No activity with id " + value);
        }
    }
}
