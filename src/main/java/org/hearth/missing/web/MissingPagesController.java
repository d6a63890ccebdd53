package org.hearth.missing.web;

import java.time.Clock;
import java.time.Instant;
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
import org.hearth.missing.AgeAssessmentStatus;
import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingType;
import org.hearth.missing.RiskLevel;
import org.hearth.missing.StepOutcome;
import org.hearth.missing.TraffickingStep;
import org.hearth.missing.TransferOutcome;
import org.hearth.missing.internal.MissingService;
import org.hearth.missing.internal.StoredAgeAssessment;
import org.hearth.missing.internal.StoredEpisode;
import org.hearth.missing.internal.StoredTransfer;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.FormValues;
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
 * A child's missing page and its forms. GOV.UK forms: post, redirect, success banner; what was typed is kept when
 * something is refused; edits carry the record's version and show a conflict when someone else saved first.
 */
@Controller
class MissingPagesController {

    private static final List<Option> TYPES = Arrays.stream(MissingType.values())
            .map(t -> new Option(t.name(), t.label())).toList();
    private static final List<Option> RISKS = Arrays.stream(RiskLevel.values())
            .map(r -> new Option(r.name(), r.label())).toList();
    private static final List<Option> YES_NO = List.of(new Option("true", "Yes"), new Option("false", "No"));
    private static final List<Option> RESPONSES = Arrays.stream(InterviewResponse.values())
            .map(r -> new Option(r.name(), r.label())).toList();
    private static final List<Option> AGE_STATUSES = Arrays.stream(AgeAssessmentStatus.values())
            .map(s -> new Option(s.name(), s.label())).toList();
    private static final List<Option> TRANSFER_OUTCOMES = Arrays.stream(TransferOutcome.values())
            .map(s -> new Option(s.name(), s.label())).toList();

    private final MissingService missing;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final Clock clock;

    MissingPagesController(MissingService missing, CurrentUsers currentUsers, Directory directory, Clock clock) {
        this.missing = missing;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/missing")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String page(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        MissingService.ChildMissing found = missing.overview(user, id, "missing from care");
        Set<UUID> people = new HashSet<>();
        found.episodes().forEach(e -> people.add(e.episode().recordedBy()));
        found.discussions().forEach(d -> people.add(d.recordedBy()));
        people.remove(null);
        model.addAttribute("m", found);
        model.addAttribute("child", found.child());
        // a HashMap: bulk-loaded records have no recorder, and an immutable map refuses to look up null
        model.addAttribute("names", new java.util.HashMap<>(directory.displayNames(people)));
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.MISSING_RECORDERS, user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("t", TimeFormat.INSTANCE);
        return "missing/child";
    }

    // ---- episodes ----

    @GetMapping("/children/{id}/missing/episodes/new")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String newEpisode(@PathVariable UUID id, Model model) {
        return episodeForm(missing.child(currentUsers.require(), id, "missing episode (form)"), null,
                new LinkedHashMap<>(), model);
    }

    @PostMapping("/children/{id}/missing/episodes/new")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String recordEpisode(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            missing.record(user, id, episodeInput(params));
            redirect.addFlashAttribute("success", "Missing episode recorded");
            return "redirect:/children/" + id + "/missing";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return episodeForm(missing.child(user, id, "missing episode (form)"), null, new LinkedHashMap<>(params),
                model);
    }

    @GetMapping("/children/{id}/missing/episodes/{episodeId}/edit")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String editEpisode(@PathVariable UUID id, @PathVariable String episodeId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredEpisode e = missing.one(user, id, FormValues.id(episodeId, "missing episode"), "missing episode (form)")
                .episode();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(e.version()));
        values.put("type", e.type().name());
        DateTimes.put(values, "startedAt", e.startedAt());
        DateTimes.put(values, "endedAt", e.endedAt());
        values.put("whereFound", e.whereFound());
        values.put("reportedToPolice", String.valueOf(e.reportedToPolice()));
        values.put("policeReference", e.policeReference());
        values.put("risk", e.risk().name());
        values.put("riskNote", e.riskNote());
        return episodeForm(missing.child(user, id, "missing episode (form)"), e, values, model);
    }

    @PostMapping("/children/{id}/missing/episodes/{episodeId}/edit")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String saveEpisode(@PathVariable UUID id, @PathVariable String episodeId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID eid = FormValues.id(episodeId, "missing episode");
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            StoredEpisode before = missing.one(user, id, eid, "missing episode (form)").episode();
            StoredEpisode saved = missing.edit(user, id, eid, episodeInput(params),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", before.open() && !saved.open() ? "Return recorded: the return home "
                    + "interview is now due" : "Missing episode changed");
            return "redirect:/children/" + id + "/missing";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        return episodeForm(missing.child(user, id, "missing episode (form)"),
                missing.one(user, id, eid, "missing episode (form)").episode(), values, model);
    }

    private String episodeForm(org.hearth.children.ChildView child, StoredEpisode episode, Map<String, String> values,
            Model model) {
        model.addAttribute("child", child);
        model.addAttribute("episode", episode);
        model.addAttribute("values", values);
        model.addAttribute("types", TYPES);
        model.addAttribute("risks", RISKS);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("uasc", child.uasc() && child.uascCeasedOn() == null);
        return "missing/episode-form";
    }

    private static MissingService.EpisodeInput episodeInput(Map<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant started = DateTimes.form(params, "startedAt", "When the child went missing", problems);
        Instant ended = DateTimes.form(params, "endedAt", "When the child returned", problems);
        return new MissingService.EpisodeInput(params.get("type"), started, ended, params.get("whereFound"),
                bool(params.get("reportedToPolice")), params.get("policeReference"), params.get("risk"),
                params.get("riskNote"), problems);
    }

    // ---- return home interview ----

    @GetMapping("/children/{id}/missing/episodes/{episodeId}/return-interview")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String interviewForm(@PathVariable UUID id, @PathVariable String episodeId, Model model) {
        CurrentUser user = currentUsers.require();
        MissingService.Episode e = missing.one(user, id, FormValues.id(episodeId, "missing episode"),
                "return home interview (form)");
        Map<String, String> values = new LinkedHashMap<>();
        StoredEpisode.Interview i = e.episode().interview();
        values.put("version", String.valueOf(i == null ? -1 : i.version()));
        if (i != null) {
            DateTimes.put(values, "offeredAt", i.offeredAt());
            values.put("offeredBy", i.offeredBy());
            values.put("independent", String.valueOf(i.independent()));
            values.put("response", i.response().name());
            putDate(values, "heldOn", i.heldOn());
            values.put("pushFactors", i.pushFactors());
            values.put("pullFactors", i.pullFactors());
            values.put("actions", i.actions());
        }
        return interviewForm(user, id, e, values, model);
    }

    @PostMapping("/children/{id}/missing/episodes/{episodeId}/return-interview")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String saveInterview(@PathVariable UUID id, @PathVariable String episodeId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID eid = FormValues.id(episodeId, "missing episode");
        Map<String, String> values = new LinkedHashMap<>(params);
        List<FieldProblem> problems = new ArrayList<>();
        try {
            Instant offered = DateTimes.form(params, "offeredAt", "When the interview was offered", problems);
            LocalDate held = FormValues.date(FormValues.parts(params, "heldOn"), "heldOn", "Date held", problems);
            missing.saveInterview(user, id, eid, new MissingService.InterviewInput(offered, params.get("offeredBy"),
                    bool(params.get("independent")), params.get("response"), held, params.get("pushFactors"),
                    params.get("pullFactors"), params.get("actions"), problems),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "Return home interview recorded");
            return "redirect:/children/" + id + "/missing";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        return interviewForm(user, id, missing.one(user, id, eid, "return home interview (form)"), values, model);
    }

    private String interviewForm(CurrentUser user, UUID id, MissingService.Episode e, Map<String, String> values,
            Model model) {
        model.addAttribute("child", missing.child(user, id, "return home interview (form)"));
        model.addAttribute("e", e);
        model.addAttribute("t", TimeFormat.INSTANCE);
        model.addAttribute("values", values);
        model.addAttribute("heldOn", FormValues.parts(values, "heldOn"));
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("responses", RESPONSES);
        return "missing/interview-form";
    }

    // ---- trafficking protocol steps ----

    @GetMapping("/children/{id}/missing/episodes/{episodeId}/steps/{step}")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String stepForm(@PathVariable UUID id, @PathVariable String episodeId, @PathVariable String step, Model model) {
        CurrentUser user = currentUsers.require();
        MissingService.Episode e = missing.one(user, id, FormValues.id(episodeId, "missing episode"),
                "trafficking protocol step (form)");
        Map<String, String> values = new LinkedHashMap<>();
        DateTimes.put(values, "completedAt", clock.instant());
        values.put("by", user.displayName());
        return stepForm(user, id, e, step(step), values, model);
    }

    @PostMapping("/children/{id}/missing/episodes/{episodeId}/steps/{step}")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String completeStep(@PathVariable UUID id, @PathVariable String episodeId, @PathVariable String step,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID eid = FormValues.id(episodeId, "missing episode");
        TraffickingStep which = step(step);
        List<FieldProblem> problems = new ArrayList<>();
        try {
            Instant at = DateTimes.form(params, "completedAt", "When it was done", problems);
            missing.completeStep(user, id, eid, which, new MissingService.StepInput(params.get("outcome"), at,
                    params.get("by"), params.get("note"), problems));
            redirect.addFlashAttribute("success", which.label() + ": recorded");
            return "redirect:/children/" + id + "/missing";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return stepForm(user, id, missing.one(user, id, eid, "trafficking protocol step (form)"), which,
                new LinkedHashMap<>(params), model);
    }

    private String stepForm(CurrentUser user, UUID id, MissingService.Episode e, TraffickingStep step,
            Map<String, String> values, Model model) {
        StoredEpisode.Step stored = e.episode().step(step)
                .orElseThrow(() -> new RecordNotFoundException("The trafficking protocol does not apply to this "
                        + "episode"));
        model.addAttribute("child", missing.child(user, id, "trafficking protocol step (form)"));
        model.addAttribute("e", e);
        model.addAttribute("step", step);
        model.addAttribute("t", TimeFormat.INSTANCE);
        model.addAttribute("stored", stored);
        model.addAttribute("values", values);
        model.addAttribute("outcomes", (step == TraffickingStep.NRM_DECISION
                ? List.of(StepOutcome.REFERRED, StepOutcome.NOT_REFERRED, StepOutcome.NOT_APPLICABLE)
                : List.of(StepOutcome.DONE, StepOutcome.NOT_APPLICABLE)).stream()
                .map(o -> new Option(o.name(), o.label())).toList());
        return "missing/step-form";
    }

    private static TraffickingStep step(String slug) {
        return TraffickingStep.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("No such page"));
    }

    // ---- strategy discussions ----

    @GetMapping("/children/{id}/missing/strategy-discussions/new")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String discussionForm(@PathVariable UUID id, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        putDate(values, "heldOn", LocalDate.now(clock));
        return discussionForm(currentUsers.require(), id, values, model);
    }

    @PostMapping("/children/{id}/missing/strategy-discussions/new")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String recordDiscussion(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> problems = new ArrayList<>();
        try {
            LocalDate held = FormValues.date(FormValues.parts(params, "heldOn"), "heldOn",
                    "Date of the strategy discussion", problems);
            missing.recordDiscussion(user, id, new MissingService.DiscussionInput(held, params.get("attendees"),
                    params.get("decision"), params.get("nextSteps"), problems));
            redirect.addFlashAttribute("success", "Strategy discussion recorded");
            return "redirect:/children/" + id + "/missing";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return discussionForm(user, id, new LinkedHashMap<>(params), model);
    }

    private String discussionForm(CurrentUser user, UUID id, Map<String, String> values, Model model) {
        model.addAttribute("child", missing.child(user, id, "strategy discussion (form)"));
        model.addAttribute("values", values);
        model.addAttribute("heldOn", FormValues.parts(values, "heldOn"));
        return "missing/discussion-form";
    }

    // ---- age assessment ----

    @GetMapping("/children/{id}/missing/age-assessment")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String ageForm(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        Map<String, String> values = new LinkedHashMap<>();
        StoredAgeAssessment a = missing.ageAssessment(user, id, "age assessment (form)").orElse(null);
        values.put("version", String.valueOf(a == null ? -1 : a.version()));
        if (a != null) {
            values.put("status", a.status().name());
            putDate(values, "statusOn", a.statusOn());
            values.put("outcomeNote", a.outcomeNote());
        }
        return ageForm(user, id, values, model);
    }

    @PostMapping("/children/{id}/missing/age-assessment")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String saveAge(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        Map<String, String> values = new LinkedHashMap<>(params);
        List<FieldProblem> problems = new ArrayList<>();
        try {
            LocalDate on = FormValues.date(FormValues.parts(params, "statusOn"), "statusOn", "Date", problems);
            missing.saveAgeAssessment(user, id, new MissingService.AgeAssessmentInput(params.get("status"), on,
                    params.get("outcomeNote"), problems), FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "Age assessment recorded");
            return "redirect:/children/" + id + "/missing";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        return ageForm(user, id, values, model);
    }

    private String ageForm(CurrentUser user, UUID id, Map<String, String> values, Model model) {
        model.addAttribute("child", missing.child(user, id, "age assessment (form)"));
        model.addAttribute("values", values);
        model.addAttribute("statusOn", FormValues.parts(values, "statusOn"));
        model.addAttribute("statuses", AGE_STATUSES);
        return "missing/age-assessment-form";
    }

    // ---- National Transfer Scheme ----

    @GetMapping("/children/{id}/missing/national-transfers/new")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String newTransfer(@PathVariable UUID id, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", "-1");
        values.put("outcome", TransferOutcome.PENDING.name());
        return transferForm(currentUsers.require(), id, null, values, model);
    }

    @GetMapping("/children/{id}/missing/national-transfers/{transferId}")
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String editTransfer(@PathVariable UUID id, @PathVariable String transferId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredTransfer t = missing.oneTransfer(user, id, FormValues.id(transferId, "national transfer"),
                "national transfer (form)").transfer();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(t.version()));
        putDate(values, "referredOn", t.referredOn());
        values.put("fromHotel", String.valueOf(t.fromHotel()));
        values.put("fromAuthority", t.fromAuthority());
        values.put("toAuthority", t.toAuthority());
        values.put("outcome", t.outcome().name());
        putDate(values, "outcomeOn", t.outcomeOn());
        values.put("note", t.note());
        return transferForm(user, id, t.id(), values, model);
    }

    @PostMapping({"/children/{id}/missing/national-transfers/new", "/children/{id}/missing/national-transfers/{transferId}"})
    @PreAuthorize(Authorisation.MISSING_RECORDERS)
    String saveTransfer(@PathVariable UUID id, @PathVariable(required = false) String transferId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID tid = transferId == null ? null : FormValues.id(transferId, "national transfer");
        Map<String, String> values = new LinkedHashMap<>(params);
        List<FieldProblem> problems = new ArrayList<>();
        try {
            LocalDate referred = FormValues.date(FormValues.parts(params, "referredOn"), "referredOn",
                    "Date referred", problems);
            LocalDate outcomeOn = FormValues.date(FormValues.parts(params, "outcomeOn"), "outcomeOn", "Date",
                    problems);
            missing.saveTransfer(user, id, tid, new MissingService.TransferInput(referred,
                    bool(params.get("fromHotel")), params.get("fromAuthority"), params.get("toAuthority"),
                    params.get("outcome"), outcomeOn, params.get("note"), problems),
                    FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "National Transfer Scheme referral recorded");
            return "redirect:/children/" + id + "/missing";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        return transferForm(user, id, tid, values, model);
    }

    private String transferForm(CurrentUser user, UUID id, UUID transferId, Map<String, String> values, Model model) {
        model.addAttribute("child", missing.child(user, id, "national transfer (form)"));
        model.addAttribute("transferId", transferId);
        model.addAttribute("values", values);
        model.addAttribute("referredOn", FormValues.parts(values, "referredOn"));
        model.addAttribute("outcomeOn", FormValues.parts(values, "outcomeOn"));
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("outcomes", TRANSFER_OUTCOMES);
        return "missing/transfer-form";
    }

    private static void putDate(Map<String, String> values, String field, LocalDate date) {
        DateParts parts = DateParts.of(date);
        values.put(field + "Day", parts.day());
        values.put(field + "Month", parts.month());
        values.put(field + "Year", parts.year());
    }

    private static Boolean bool(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value.trim());
    }
}
