package org.hearth.permanence.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.permanence.internal.PermanenceRules;
import org.hearth.permanence.internal.PermanenceService;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.FormValues;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
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
 * A child's permanence page (issue 8): previous permanence, adoption (decisions, their reversal, the match and the
 * adopters) and Deprivation of Liberty Orders, each with its add or change form (GOV.UK patterns, error summary naming
 * the fields, a conflict shown when someone else saved first).
 */
@Controller
class PermanencePagesController {

    static final List<Option> OPTIONS = List.of(new Option("P1", "Adoption"),
            new Option("P2", "Special guardianship order"),
            new Option("P3", "Residence order or child arrangements order"), new Option("P4", "Unknown"),
            new Option("Z1", "No previous permanence option"));
    static final List<Option> REVERSAL_REASONS = List.of(new Option("RD1", "The child's needs changed"),
            new Option("RD2", "The court did not make a placement order"),
            new Option("RD3", "Prospective adopters could not be found"), new Option("RD4", "Any other reason"));
    static final List<Option> ADOPTER_SEXES = List.of(new Option("M1", "Single male"),
            new Option("F1", "Single female"), new Option("MM", "Male couple"), new Option("FF", "Female couple"),
            new Option("MF", "Male and female couple"));
    static final List<Option> ADOPTER_LEGAL_STATUSES = List.of(new Option("L0", "Single adopter"),
            new Option("L11", "Different-gender married couple"), new Option("L12", "Same-gender married couple"),
            new Option("L2", "Civil partnership"), new Option("L3", "Different-gender unmarried couple"),
            new Option("L4", "Same-gender couple, not married or in a civil partnership"));
    static final List<Option> YES_NO = List.of(new Option("true", "Yes"), new Option("false", "No"));
    static final List<Option> COUNTS = List.of(new Option("1", "1"), new Option("2", "2"));

    private final PermanenceService service;
    private final CurrentUsers currentUsers;

    PermanencePagesController(PermanenceService service, CurrentUsers currentUsers) {
        this.service = service;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/children/{id}/permanence")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String page(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        PermanenceService.ChildRecords found = service.view(user, id, "permanence");
        model.addAttribute("child", found.child());
        model.addAttribute("records", found.records());
        model.addAttribute("labels", labels());
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        return "permanence/page";
    }

    // previous permanence

    @GetMapping("/children/{id}/permanence/previous")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String previousForm(@PathVariable UUID id, Model model) {
        PermanenceService.ChildRecords found = service.view(currentUsers.require(), id, "previous permanence (form)");
        Map<String, String> values = new LinkedHashMap<>();
        PreviousPermanence p = found.records().previous();
        if (p != null) {
            values.put("option", p.option());
            values.put("localAuthority", p.localAuthority());
            putPartial(values, p.orderDate());
            values.put("version", String.valueOf(p.version()));
        }
        return form(found, "previous", values, model);
    }

    @PostMapping("/children/{id}/permanence/previous")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String recordPrevious(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        var input = new PermanenceRules.PreviousInput(params.get("option"), params.get("localAuthority"),
                partialDate(params), List.of());
        return save(user, id, () -> service.recordPrevious(user, id, input, optionalVersion(params)),
                "Previous permanence recorded", "previous", null, params, model, redirect);
    }

    // decisions that the child should be placed for adoption

    @GetMapping("/children/{id}/permanence/decisions/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String newDecision(@PathVariable UUID id, Model model) {
        return form(service.view(currentUsers.require(), id, "adoption decision (form)"), "decision",
                new LinkedHashMap<>(), model);
    }

    @GetMapping("/children/{id}/permanence/decisions/{decisionId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String editDecision(@PathVariable UUID id, @PathVariable String decisionId, Model model) {
        PermanenceService.ChildRecords found = service.view(currentUsers.require(), id, "adoption decision (form)");
        AdoptionDecision d = decisionOf(found, FormValues.id(decisionId, "decision"));
        Map<String, String> values = new LinkedHashMap<>();
        putDate(values, "decidedOn", d.decidedOn());
        putDate(values, "reversedOn", d.reversedOn());
        values.put("reversalReason", d.reversalReason());
        values.put("version", String.valueOf(d.version()));
        model.addAttribute("recordId", d.id());
        return form(found, "decision", values, model);
    }

    @PostMapping({"/children/{id}/permanence/decisions/new", "/children/{id}/permanence/decisions/{decisionId}"})
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String saveDecision(@PathVariable UUID id, @PathVariable(required = false) String decisionId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID recordId = decisionId == null ? null : FormValues.id(decisionId, "decision");
        List<FieldProblem> problems = new ArrayList<>();
        var input = new PermanenceRules.DecisionInput(
                FormValues.date(FormValues.parts(params, "decidedOn"), "decidedOn", "Date of the decision", problems),
                FormValues.date(FormValues.parts(params, "reversedOn"), "reversedOn", "Date of the reversal",
                        problems), params.get("reversalReason"), problems);
        return save(user, id, () -> {
            if (recordId == null) {
                service.addDecision(user, id, input);
            } else {
                service.changeDecision(user, id, recordId, input, FormValues.version(params.get("version")));
            }
        }, "Decision recorded", "decision", recordId, params, model, redirect);
    }

    // the match and the adopters

    @GetMapping("/children/{id}/permanence/match")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String matchForm(@PathVariable UUID id, Model model) {
        PermanenceService.ChildRecords found = service.view(currentUsers.require(), id, "adoption match (form)");
        Map<String, String> values = new LinkedHashMap<>();
        AdoptionMatch m = found.records().match();
        if (m != null) {
            putDate(values, "matchedOn", m.matchedOn());
            values.put("byFosterCarers", String.valueOf(m.byFosterCarers()));
            values.put("adopterCount", String.valueOf(m.adopterCount()));
            values.put("adopterSex", m.adopterSex());
            values.put("adopterLegalStatus", m.adopterLegalStatus());
            values.put("version", String.valueOf(m.version()));
        }
        return form(found, "match", values, model);
    }

    @PostMapping("/children/{id}/permanence/match")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String saveMatch(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> problems = new ArrayList<>();
        var input = new PermanenceRules.MatchInput(FormValues.date(FormValues.parts(params, "matchedOn"),
                "matchedOn", "Date of the match", problems), params.get("byFosterCarers"), params.get("adopterCount"),
                params.get("adopterSex"), params.get("adopterLegalStatus"), problems);
        return save(user, id, () -> service.recordMatch(user, id, input, optionalVersion(params)),
                "Adoption match recorded", "match", null, params, model, redirect);
    }

    // Deprivation of Liberty Orders

    @GetMapping("/children/{id}/permanence/orders/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String newOrder(@PathVariable UUID id, Model model) {
        return form(service.view(currentUsers.require(), id, "Deprivation of Liberty Order (form)"), "order",
                new LinkedHashMap<>(), model);
    }

    @GetMapping("/children/{id}/permanence/orders/{orderId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String editOrder(@PathVariable UUID id, @PathVariable String orderId, Model model) {
        PermanenceService.ChildRecords found = service.view(currentUsers.require(), id,
                "Deprivation of Liberty Order (form)");
        UUID wanted = FormValues.id(orderId, "order");
        DeprivationOfLibertyOrder o = found.records().orders().stream().filter(x -> x.id().equals(wanted))
                .findFirst().orElseThrow(() -> new org.hearth.shared.RecordNotFoundException("No order " + orderId));
        Map<String, String> values = new LinkedHashMap<>();
        putDate(values, "startedOn", o.startedOn());
        putDate(values, "endedOn", o.endedOn());
        values.put("version", String.valueOf(o.version()));
        model.addAttribute("recordId", o.id());
        return form(found, "order", values, model);
    }

    @PostMapping({"/children/{id}/permanence/orders/new", "/children/{id}/permanence/orders/{orderId}"})
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String saveOrder(@PathVariable UUID id, @PathVariable(required = false) String orderId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID recordId = orderId == null ? null : FormValues.id(orderId, "order");
        List<FieldProblem> problems = new ArrayList<>();
        var input = new PermanenceRules.OrderInput(
                FormValues.date(FormValues.parts(params, "startedOn"), "startedOn", "Start date", problems),
                FormValues.date(FormValues.parts(params, "endedOn"), "endedOn", "End date", problems), problems);
        return save(user, id, () -> {
            if (recordId == null) {
                service.addOrder(user, id, input);
            } else {
                service.changeOrder(user, id, recordId, input, FormValues.version(params.get("version")));
            }
        }, "Deprivation of Liberty Order recorded", "order", recordId, params, model, redirect);
    }

    /** What each form is, for the access log when it is shown again. */
    private static final Map<String, String> FORM_NAMES = Map.of("previous", "previous permanence (form)",
            "decision", "adoption decision (form)", "match", "adoption match (form)",
            "order", "Deprivation of Liberty Order (form)");

    /**
     * One save of a form: back to the child's permanence page on success; otherwise the form again with what was
     * typed, the problems named, or the conflict shown with the version now stored (someone else saved first).
     */
    private String save(CurrentUser user, UUID id, Runnable write, String success, String kind, UUID recordId,
            Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            write.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/children/" + id + "/permanence";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        model.addAttribute("recordId", recordId);
        return form(service.view(user, id, FORM_NAMES.get(kind)), kind, values, model);
    }

    /** A form's version when it edits a record that exists; null when it records the first. */
    private static Integer optionalVersion(Map<String, String> params) {
        String version = params.get("version");
        return version == null || version.isBlank() ? null : FormValues.version(version);
    }

    private String form(PermanenceService.ChildRecords found, String kind, Map<String, String> values, Model model) {
        model.addAttribute("child", found.child());
        model.addAttribute("records", found.records());
        model.addAttribute("kind", kind);
        model.addAttribute("values", values);
        for (String date : List.of("decidedOn", "reversedOn", "matchedOn", "startedOn", "endedOn", "orderDate")) {
            model.addAttribute(date, FormValues.parts(values, date));
        }
        model.addAttribute("options", OPTIONS);
        model.addAttribute("reversalReasons", REVERSAL_REASONS);
        model.addAttribute("adopterSexes", ADOPTER_SEXES);
        model.addAttribute("adopterLegalStatuses", ADOPTER_LEGAL_STATUSES);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("counts", COUNTS);
        model.addAttribute("labels", labels());
        return "permanence/form";
    }

    private static AdoptionDecision decisionOf(PermanenceService.ChildRecords found, UUID id) {
        return found.records().decisions().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.hearth.shared.RecordNotFoundException("No decision " + id));
    }

    /** The three boxes of the order date, each may be empty when not known: dd/mm/yyyy with zz for unknown parts. */
    static String partialDate(Map<String, String> params) {
        DateParts parts = FormValues.parts(params, "orderDate");
        if (parts.isBlank()) {
            return null;
        }
        return pad(parts.day(), 2) + "/" + pad(parts.month(), 2) + "/" + pad(parts.year(), 4);
    }

    private static String pad(String part, int width) {
        if (part == null || part.isBlank()) {
            return "z".repeat(width);
        }
        String trimmed = part.strip();
        return trimmed.length() >= width ? trimmed : "0".repeat(width - trimmed.length()) + trimmed;
    }

    private static void putPartial(Map<String, String> values, String orderDate) {
        if (orderDate == null) {
            return;
        }
        String[] parts = orderDate.split("/");
        values.put("orderDateDay", parts[0].startsWith("z") ? "" : parts[0]);
        values.put("orderDateMonth", parts[1].startsWith("z") ? "" : parts[1]);
        values.put("orderDateYear", parts[2].startsWith("z") ? "" : parts[2]);
    }

    private static void putDate(Map<String, String> values, String field, java.time.LocalDate date) {
        DateParts parts = DateParts.of(date);
        values.put(field + "Day", parts.day());
        values.put(field + "Month", parts.month());
        values.put(field + "Year", parts.year());
    }

    /** Every code shown on the pages, in words. */
    static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (List<Option> list : List.of(OPTIONS, REVERSAL_REASONS, ADOPTER_SEXES, ADOPTER_LEGAL_STATUSES)) {
            list.forEach(o -> labels.put(o.value(), o.label()));
        }
        return labels;
    }
}
