package org.hearth.returns.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnFile;
import org.hearth.returns.internal.imports.ImportFinding;
import org.hearth.returns.internal.imports.ImportIssue;
import org.hearth.returns.internal.imports.ImportStatus;
import org.hearth.returns.internal.imports.ImportView;
import org.hearth.returns.internal.imports.ReturnImports;
import org.hearth.returns.internal.imports.TableCount;
import org.hearth.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Importing a 903 return (issue 8): upload the files with the collection year (multipart {@code files}, {@code year},
 * optionally {@code team} and last year's files as {@code previous}); the import runs in the background, and its
 * status, counts and row-level report are read from the Location given.
 */
@RestController
class ReturnImportApiController {

    private final ReturnImports imports;
    private final CurrentUsers currentUsers;

    ReturnImportApiController(ReturnImports imports, CurrentUsers currentUsers) {
        this.imports = imports;
        this.currentUsers = currentUsers;
    }

    record Accepted(UUID id, ImportStatus status) {
    }

    record Children(int created, int updated, int unchanged) {
    }

    record Status(UUID id, int year, String yearLabel, ImportStatus status, String requestedBy, Instant requestedAt,
            Instant startedAt, Instant finishedAt, String files, String failure, Children children,
            List<TableCount> tables, long problemCount, List<ImportIssue> problems, long conflictCount,
            List<ImportIssue> conflicts, long noticeCount, List<ImportIssue> notices,
            List<ImportFinding.RuleCount> findingsByRule, List<ImportFinding> findings) {
    }

    @PostMapping(path = "/api/v1/returns/903/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Authorisation.RETURN_IMPORTERS)
    ResponseEntity<Accepted> submit(@RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) String year, @RequestParam(required = false) String team,
            @RequestParam(required = false) List<MultipartFile> previous) throws IOException {
        CollectionYear collectionYear = CollectionYear.supported(year);
        UUID id = imports.submit(files(files), files(previous), collectionYear, team(team), currentUsers.require());
        return ResponseEntity.accepted().location(URI.create("/api/v1/returns/903/imports/" + id))
                .body(new Accepted(id, ImportStatus.QUEUED));
    }

    /**
     * The import's status and report. The report comes a thousand lines at a time ({@code offset}); counts say how
     * many lines there are. The DfE rules' findings in the return (never a reason to refuse it) come with their count
     * per rule, a thousand at a time ({@code findingsOffset}).
     */
    @GetMapping("/api/v1/returns/903/imports/{id}")
    @PreAuthorize(Authorisation.RETURN_IMPORTERS)
    Status status(@PathVariable UUID id, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "0") int findingsOffset) {
        ImportView view = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ImportIssue> report = imports.report(id, Math.max(0, offset), 1_000);
        return new Status(view.id(), view.year(), view.yearLabel(), view.status(), view.requestedByName(),
                view.requestedAt(), view.startedAt(), view.finishedAt(), view.files(), view.failure(),
                new Children(view.childrenCreated(), view.childrenUpdated(), view.childrenUnchanged()),
                imports.counts(id), imports.problemCount(id),
                report.stream().filter(i -> i.kind() == ImportIssue.Kind.PROBLEM).toList(), imports.conflictCount(id),
                report.stream().filter(i -> i.kind() == ImportIssue.Kind.CONFLICT).toList(), imports.noticeCount(id),
                report.stream().filter(i -> i.kind() == ImportIssue.Kind.NOTICE).toList(),
                imports.findingsByRule(id), imports.findings(id, Math.max(0, findingsOffset), 1_000));
    }

    static List<ReturnFile> files(List<MultipartFile> files) throws IOException {
        List<ReturnFile> read = new ArrayList<>();
        if (files == null) {
            return read;
        }
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank())) {
                continue;
            }
            read.add(new ReturnFile(file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? file.getName() : file.getOriginalFilename(), file.getBytes()));
        }
        return read;
    }

    static UUID team(String team) {
        if (team == null || team.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(team.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("team", "Select a team that exists");
        }
    }
}
