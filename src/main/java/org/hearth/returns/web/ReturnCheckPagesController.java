package org.hearth.returns.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.check.ReturnCheckService;
import org.hearth.returns.internal.check.ReturnCheckService.CheckReport;
import org.hearth.returns.internal.check.ReturnCheckService.CheckedFinding;
import org.hearth.returns.internal.check.ReturnCheckService.UnreadableReturn;
import org.hearth.returns.internal.data.ReadProblem;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page where a performance officer checks a return from another system before submission (issue 8): the year
 * and the files in, the findings out grouped by rule then child, with the DfE's message, the fields and the row.
 * Nothing is stored: the results are shown once, on the page the files were sent from.
 */
@Controller
class ReturnCheckPagesController {

    /** Read problems listed in the error summary; the rest are in the table below it. */
    private static final int PROBLEMS_IN_SUMMARY = 10;

    private final ReturnCheckService checks;
    private final CurrentUsers currentUsers;

    ReturnCheckPagesController(ReturnCheckService checks, CurrentUsers currentUsers) {
        this.checks = checks;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/returns/903/check")
    @PreAuthorize(Authorisation.RETURN_CHECKERS)
    String form(Model model) {
        model.addAttribute("year", Integer.toString(CollectionYear.LAST_SUPPORTED));
        return form(model, null);
    }

    private String form(Model model, CheckReport report) {
        List<CollectionYear> years = new ArrayList<>();
        for (int y = CollectionYear.LAST_SUPPORTED; y >= CollectionYear.FIRST_SUPPORTED; y--) {
            years.add(new CollectionYear(y));
        }
        model.addAttribute("years", years);
        model.addAttribute("report", report);
        if (report != null) {
            model.addAttribute("byRule", byRuleThenChild(report.findings()));
        }
        return "returns/check";
    }

    @PostMapping("/returns/903/check")
    @PreAuthorize(Authorisation.RETURN_CHECKERS)
    String check(@RequestParam(required = false) String year,
            @RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) List<MultipartFile> previous, Model model) throws IOException {
        model.addAttribute("year", year);
        try {
            CheckReport report = checks.check(currentUsers.require(), year, ReturnChecksApiController.uploads(files),
                    ReturnChecksApiController.uploads(previous));
            return form(model, report);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (UnreadableReturn e) {
            List<FieldProblem> summary = new ArrayList<>();
            for (ReadProblem p : e.problems().subList(0, Math.min(PROBLEMS_IN_SUMMARY, e.problems().size()))) {
                summary.add(new FieldProblem(p.message().startsWith("Last year's return") ? "previous" : "files",
                        describe(p)));
            }
            if (e.problems().size() > PROBLEMS_IN_SUMMARY) {
                summary.add(new FieldProblem("files", "And " + (e.problems().size() - PROBLEMS_IN_SUMMARY)
                        + " more problems, listed below"));
            }
            FormErrors.addTo(model, summary);
            model.addAttribute("readProblems", e.problems());
        }
        return form(model, null);
    }

    static String describe(ReadProblem p) {
        StringBuilder text = new StringBuilder(p.file() == null || p.file().isEmpty() ? "The files" : p.file());
        if (p.row() > 0) {
            text.append(", row ").append(p.row());
        }
        if (p.column() != null) {
            text.append(", ").append(p.column());
        }
        return text.append(": ").append(p.message()).toString();
    }

    /** Rule code to child to findings, rules in the order they ran, children in the order found. */
    static Map<String, Map<String, List<CheckedFinding>>> byRuleThenChild(List<CheckedFinding> findings) {
        Map<String, Map<String, List<CheckedFinding>>> grouped = new LinkedHashMap<>();
        for (CheckedFinding finding : findings) {
            grouped.computeIfAbsent(finding.ruleCode(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(finding.childId() == null ? "" : finding.childId(), c -> new ArrayList<>())
                    .add(finding);
        }
        return grouped;
    }
}
