package org.hearth.chronology.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.chronology.internal.CaseHistorySummaries;
import org.hearth.chronology.internal.Category;
import org.hearth.chronology.internal.ChronologyService;
import org.hearth.chronology.internal.Entry;
import org.hearth.chronology.internal.EntryFilter;
import org.hearth.chronology.internal.EntryInput;
import org.hearth.chronology.internal.Significance;
import org.hearth.children.ChildView;
import org.hearth.children.PeopleAroundTheChild;
import org.hearth.shared.DateParts;
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

/**
 * The chronology pages: the chronology with its summary and signposting at the top, one short page for a manual
 * entry, a quick add for several, and each entry with its history and the amendment form.
 */
@Controller
class ChronologyPagesController {

    /** As the caseload: a page a reader takes in at once, and cheap to render under load. */
    static final int PAGE_SIZE = 25;

    private final ChronologyService chronology;
    private final CaseHistorySummaries summaries;
    private final CurrentUsers currentUsers;
    private final PeopleAroundTheChild people;

    ChronologyPagesController(ChronologyService chronology, CaseHistorySummaries summaries,
            CurrentUsers currentUsers, PeopleAroundTheChild people) {
        this.people = people;
        this.chronology = chronology;
        this.summaries = summaries;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/children/{id}/chronology")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String chronology(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> problems = new ArrayList<>();
        EntryFilter filter = filter(params, problems);
        int page = Math.max(0, intOf(params.get("page")) - 1);
        var result = chronology.page(user, id, filter, page, PAGE_SIZE, "chronology");
        if (!problems.isEmpty()) {
            FormErrors.addTo(model, problems);
        }
        model.addAttribute("child", result.child());
        model.addAttribute("result", result);
        model.addAttribute("rows", "true".equals(params.get("siblings"))
                ? chronology.withSiblingsKeyEvents(user, result, filter) : result.items());
        model.addAttribute("hasSiblings", !people.siblingsOf(id).isEmpty());
        // plain text rather than @{...} per row: link building is a measurable part of rendering a long page
        model.addAttribute("entriesPath", "/children/" + id + "/chronology/entries/");
        model.addAttribute("top", summaries.top(id));
        model.addAttribute("params", params);
        model.addAttribute("query", query(params));
        model.addAttribute("categories", categories());
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        return "chronology/chronology";
    }

    @GetMapping("/children/{id}/chronology/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String newEntry(@PathVariable UUID id, Model model) {
        var page = chronology.child(currentUsers.require(), id, "chronology (to add an entry)");
        return entryForm(model, page, new EntryForm());
    }

    @PostMapping("/children/{id}/chronology/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String addEntry(@PathVariable UUID id, @ModelAttribute("form") EntryForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> formProblems = new ArrayList<>();
        EntryInput input = form.toInput(formProblems);
        try {
            if (!formProblems.isEmpty()) {
                // check the rest too, so every problem shows at once, but never save what the form could not read
                chronology.check(input);
                throw new InvalidInputException(formProblems);
            }
            Entry entry = chronology.record(user, id, input);
            redirect.addFlashAttribute("success", "Entry added: " + entry.title());
            return "redirect:/children/" + id + "/chronology";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            var page = chronology.child(user, id, "chronology (to add an entry)");
            return entryForm(model, page, form);
        }
    }

    @GetMapping("/children/{id}/chronology/quick-add")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String quickAddForm(@PathVariable UUID id, Model model) {
        var page = chronology.child(currentUsers.require(), id, "chronology (quick add)");
        return quickAddPage(model, page, QuickAddForm.blank());
    }

    @PostMapping("/children/{id}/chronology/quick-add")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String quickAdd(@PathVariable UUID id, @ModelAttribute("form") QuickAddForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> problems = new ArrayList<>();
        List<EntryInput> inputs = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            EntryForm row = form.getRows().get(i);
            if (row.isBlank()) {
                continue;
            }
            List<FieldProblem> rowProblems = new ArrayList<>();
            inputs.add(row.toInput(rowProblems));
            rowNumbers.add(i);
            for (FieldProblem p : rowProblems) {
                problems.add(new FieldProblem("row-" + i + "-" + p.field(), "Row " + (i + 1) + ": " + p.message()));
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            List<Entry> added = chronology.recordAll(user, id, inputs);
            redirect.addFlashAttribute("success", added.size() + (added.size() == 1 ? " entry" : " entries")
                    + " added");
            return "redirect:/children/" + id + "/chronology";
        } catch (InvalidInputException e) {
            List<FieldProblem> shown = new ArrayList<>(problems);
            if (problems.isEmpty()) {
                for (FieldProblem p : e.problems()) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\.(.*)")
                            .matcher(p.field());
                    if (m.matches()) {
                        int row = rowNumbers.get(Integer.parseInt(m.group(1)));
                        shown.add(new FieldProblem("row-" + row + "-" + m.group(2), "Row " + (row + 1) + ": "
                                + p.message()));
                    } else {
                        shown.add(new FieldProblem("row-0-eventDate", p.message()));
                    }
                }
            }
            FormErrors.addTo(model, shown);
            while (form.getRows().size() < QuickAddForm.ROWS) {
                form.getRows().add(new EntryForm());
            }
            var page = chronology.child(user, id, "chronology (quick add)");
            return quickAddPage(model, page, form);
        }
    }

    @GetMapping("/children/{id}/chronology/entries/{entryId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String entry(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        var found = chronology.entry(currentUsers.require(), id, entryId, "chronology entry and its history");
        return entryPage(model, found, EntryForm.from(found.entry()));
    }

    @PostMapping("/children/{id}/chronology/entries/{entryId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String amend(@PathVariable UUID id, @PathVariable UUID entryId, @ModelAttribute("form") EntryForm form,
            @RequestParam(required = false) String enteredInError, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        var found = chronology.entry(user, id, entryId, "chronology entry (to amend it)");
        List<FieldProblem> formProblems = new ArrayList<>();
        try {
            var amendment = "true".equals(enteredInError)
                    ? new org.hearth.chronology.internal.Amendment(form.getReason(), null, null, null, null, null,
                            null, null, null, null, null, null, null, true)
                    : form.toAmendment(found.entry(), formProblems);
            if (!formProblems.isEmpty()) {
                throw new InvalidInputException(formProblems);
            }
            chronology.amend(user, id, entryId, amendment, form.getVersion());
            redirect.addFlashAttribute("success", "true".equals(enteredInError) ? "Entry marked as entered in error"
                    : "Entry amended; the previous version is kept in its history");
            return "redirect:/children/" + id + "/chronology/entries/" + entryId;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            found = chronology.entry(user, id, entryId, "chronology entry (edit conflict)");
            form.setVersion(e.currentVersion());
        }
        return entryPage(model, found, form);
    }

    @GetMapping("/children/{id}/chronology/summary")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String summaryForm(@PathVariable UUID id, Model model) {
        var page = chronology.child(currentUsers.require(), id, "case-history summary (to write it)");
        var top = summaries.top(id);
        var current = top.summary();
        return summaryPage(model, page, top, current == null
                ? new CaseHistorySummaries.SummaryText("", "", "", "")
                : new CaseHistorySummaries.SummaryText(current.whoTheChildIs(), current.whyLookedAfter(),
                        current.keyHistory(), current.currentPlan()));
    }

    @PostMapping("/children/{id}/chronology/summary")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String writeSummary(@PathVariable UUID id, @RequestParam(required = false) String whoTheChildIs,
            @RequestParam(required = false) String whyLookedAfter, @RequestParam(required = false) String keyHistory,
            @RequestParam(required = false) String currentPlan, @RequestParam(required = false) String reviewedOnly,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        var text = new CaseHistorySummaries.SummaryText(whoTheChildIs, whyLookedAfter, keyHistory, currentPlan);
        try {
            if ("true".equals(reviewedOnly)) {
                summaries.markReviewed(user, id);
                redirect.addFlashAttribute("success", "Summary marked as reviewed");
            } else {
                summaries.write(user, id, text);
                redirect.addFlashAttribute("success", "Case-history summary saved");
            }
            return "redirect:/children/" + id + "/chronology";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            var page = chronology.child(user, id, "case-history summary");
            return summaryPage(model, page, summaries.top(id), text);
        }
    }

    @GetMapping("/children/{id}/chronology/signposts/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String signpostForm(@PathVariable UUID id, Model model) {
        var page = chronology.child(currentUsers.require(), id, "signposting statement (to add one)");
        return signpostPage(model, page, Map.of());
    }

    @PostMapping("/children/{id}/chronology/signposts/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String addSignpost(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> problems = new ArrayList<>();
        var from = date(params, "periodFrom", "Start of the period", problems);
        var to = date(params, "periodTo", "End of the period", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            summaries.addSignpost(user, id, new CaseHistorySummaries.NewSignpost(params.get("heldIn"),
                    params.get("reference"), from, to, params.get("note")));
            redirect.addFlashAttribute("success", "Signposting statement added");
            return "redirect:/children/" + id + "/chronology";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(problems, e.problems()));
            var page = chronology.child(user, id, "signposting statement");
            return signpostPage(model, page, params);
        }
    }

    private String entryForm(Model model, ChildView child, EntryForm form) {
        model.addAttribute("child", child);
        model.addAttribute("sources", people.of(child.id()).stream().map(p -> p.asSource()).toList());
        model.addAttribute("form", form);
        model.addAttribute("categories", categories());
        return "chronology/entry-form";
    }

    private String quickAddPage(Model model, ChildView child, QuickAddForm form) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("categories", categories());
        return "chronology/quick-add";
    }

    private String entryPage(Model model, ChronologyService.EntryWithHistory found, EntryForm form) {
        model.addAttribute("child", found.child());
        model.addAttribute("sources", people.of(found.child().id()).stream().map(p -> p.asSource()).toList());
        model.addAttribute("entry", found.entry());
        model.addAttribute("history", found.history());
        model.addAttribute("form", form);
        model.addAttribute("categories", categories());
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS,
                currentUsers.require()) && !found.entry().enteredInError());
        return "chronology/entry";
    }

    private String summaryPage(Model model, ChildView child, CaseHistorySummaries.Top top,
            CaseHistorySummaries.SummaryText text) {
        model.addAttribute("child", child);
        model.addAttribute("top", top);
        model.addAttribute("text", text);
        return "chronology/summary-form";
    }

    private String signpostPage(Model model, ChildView child, Map<String, String> params) {
        model.addAttribute("child", child);
        model.addAttribute("params", params);
        return "chronology/signpost-form";
    }

    static List<Option> categories() {
        List<Option> options = new ArrayList<>();
        for (Category c : Category.values()) {
            options.add(new Option(c.name(), c.label()));
        }
        return options;
    }

    /** The filter from the page's query string; dates that cannot be read are named and left out. */
    static EntryFilter filter(Map<String, String> params, List<FieldProblem> problems) {
        Category category = null;
        try {
            String c = params.get("category");
            category = c == null || c.isBlank() ? null : Category.valueOf(c);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("category", "Select a category from the list"));
        }
        boolean keyOnly = "true".equals(params.get("keyEventsOnly"));
        return new EntryFilter("oldest".equals(params.get("order")), category == null ? Set.of() : Set.of(category),
                keyOnly ? Significance.KEY_EVENT : null, date(params, "from", "From date", problems),
                date(params, "to", "To date", problems), params.get("source"), params.get("q"),
                "true".equals(params.get("showEnteredInError")));
    }

    private static java.time.LocalDate date(Map<String, String> params, String field, String label,
            List<FieldProblem> problems) {
        try {
            return new DateParts(params.get(field + "Day"), params.get(field + "Month"), params.get(field + "Year"))
                    .toDate(field, label);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The filter as a query string, for the pagination and export links. */
    static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((key, value) -> {
            if (!key.equals("page") && !key.equals("_csrf") && value != null && !value.isBlank()) {
                query.append('&').append(key).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static int intOf(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
