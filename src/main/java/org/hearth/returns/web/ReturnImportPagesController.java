package org.hearth.returns.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.access.TeamKind;
import org.hearth.access.TeamSummary;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.imports.ImportIssue;
import org.hearth.returns.internal.imports.ImportView;
import org.hearth.returns.internal.imports.ReturnImports;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The 903 import pages (issue 8) for performance officers, heads of service and administrators: upload a return with
 * its year, the imports so far, and one import's status, counts and row-level report.
 */
@Controller
class ReturnImportPagesController {

    private final ReturnImports imports;
    private final CurrentUsers currentUsers;
    private final Directory directory;

    ReturnImportPagesController(ReturnImports imports, CurrentUsers currentUsers, Directory directory) {
        this.imports = imports;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @GetMapping("/returns/903/imports")
    @PreAuthorize(Authorisation.RETURN_IMPORTERS)
    String list(Model model) {
        model.addAttribute("imports", imports.recent());
        model.addAttribute("years", List.of(CollectionYear.LAST_SUPPORTED, CollectionYear.FIRST_SUPPORTED));
        model.addAttribute("teams", directory.teams().stream().filter(t -> t.kind() == TeamKind.CHILDREN_IN_CARE)
                .sorted(Comparator.comparing(TeamSummary::name)).toList());
        model.addAttribute("teamNames", directory.teamNames());
        model.addAttribute("form", model.containsAttribute("form") ? model.getAttribute("form")
                : new UploadForm(String.valueOf(CollectionYear.LAST_SUPPORTED), ""));
        return "returns/imports";
    }

    record UploadForm(String year, String team) {
    }

    @PostMapping("/returns/903/imports")
    @PreAuthorize(Authorisation.RETURN_IMPORTERS)
    String upload(@RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) String year, @RequestParam(required = false) String team,
            @RequestParam(required = false) List<MultipartFile> previous, Model model) throws IOException {
        try {
            CollectionYear collectionYear = CollectionYear.supported(year);
            UUID id = imports.submit(ReturnImportApiController.files(files),
                    ReturnImportApiController.files(previous), collectionYear, ReturnImportApiController.team(team),
                    currentUsers.require());
            return "redirect:/returns/903/imports/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("form", new UploadForm(year, team == null ? "" : team));
            return list(model);
        }
    }

    @GetMapping("/returns/903/imports/{id}")
    @PreAuthorize(Authorisation.RETURN_IMPORTERS)
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int offset, Model model) {
        ImportView view = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int from = Math.max(0, offset);
        List<ImportIssue> report = imports.report(id, from, 500);
        model.addAttribute("import", view);
        model.addAttribute("team", directory.team(view.teamId()).map(TeamSummary::name).orElse(""));
        model.addAttribute("counts", imports.counts(id));
        model.addAttribute("problemCount", imports.problemCount(id));
        model.addAttribute("conflictCount", imports.conflictCount(id));
        model.addAttribute("noticeCount", imports.noticeCount(id));
        model.addAttribute("report", report);
        model.addAttribute("findingsByRule", imports.findingsByRule(id));
        model.addAttribute("offset", from);
        model.addAttribute("more", report.size() == 500);
        return "returns/import";
    }
}
