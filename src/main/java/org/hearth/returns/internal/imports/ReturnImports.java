package org.hearth.returns.internal.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hearth.access.AccessAction;
import org.hearth.access.AccessLog;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.TeamKind;
import org.hearth.access.TeamSummary;
import org.hearth.codes.CodeLists;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.check.DirectoryPostcodes;
import org.hearth.returns.internal.check.FilesCheck;
import org.hearth.returns.internal.data.ReturnFiles;
import org.hearth.returns.internal.data.ReadProblem;
import org.hearth.returns.internal.data.ReadResult;
import org.hearth.returns.internal.data.ReturnFile;
import org.hearth.returns.internal.validation.Finding;
import org.hearth.shared.InvalidInputException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Imports a council's 903 return into Hearth's records (issue 8, docs/adr/0010-importing-the-903-return.md): queued
 * on upload, run in the background one at a time. Every row is checked first and nothing is written if any is
 * refused (REFUSED, with the row-level report); then every table is written in one transaction, with the report and
 * the provenance, and any failure rolls the whole import back (FAILED).
 */
@Service
public class ReturnImports {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReturnImports.class);

    private final ReturnImportRepository repository;
    private final List<TableImporter> importers;
    private final CodeLists codes;
    private final Directory directory;
    private final AccessLog accessLog;
    private final DirectoryPostcodes postcodes;
    private final TransactionTemplate transaction;
    private final Clock clock;
    // one import at a time: two imports of overlapping returns must not decide against each other's half-done work
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "return-import");
        thread.setDaemon(true);
        return thread;
    });

    ReturnImports(ReturnImportRepository repository, List<TableImporter> importers, CodeLists codes,
            Directory directory, AccessLog accessLog, DirectoryPostcodes postcodes,
            PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.postcodes = postcodes;
        this.importers = importers;
        this.codes = codes;
        this.directory = directory;
        this.accessLog = accessLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Imports cut short by a restart are marked failed: their transaction went with the process. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int failed = repository.failInterrupted();
        if (failed > 0) {
            log.warn("{} return imports were interrupted by a restart and marked failed", failed);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Queues an import and returns its id at once.
     *
     * @param teamId the team children new to Hearth are placed with; null for the default (ADR 0010: the
     *        children-in-care team whose name comes first)
     * @param previous last year's files: read by the DfE rules that compare years, never imported
     */
    public UUID submit(List<ReturnFile> files, List<ReturnFile> previous, CollectionYear year, UUID teamId,
            CurrentUser user) {
        if (files.isEmpty()) {
            throw InvalidInputException.of("files", "Choose the return's files to import");
        }
        UUID team = team(teamId);
        UUID id = UUID.randomUUID();
        repository.create(id, year.endYear(), user.id(), user.username(), team, String.join(", ", files.stream()
                .map(ReturnFile::name).toList()), previous != null && !previous.isEmpty());
        List<ReturnFile> copy = List.copyOf(files);
        List<ReturnFile> last = previous == null ? List.of() : List.copyOf(previous);
        worker.submit(() -> run(id, copy, last, year, team, user.id(), user.username()));
        return id;
    }

    private UUID team(UUID teamId) {
        if (teamId != null) {
            return directory.team(teamId).map(TeamSummary::id)
                    .orElseThrow(() -> InvalidInputException.of("team", "Select a team that exists"));
        }
        return directory.teams().stream().filter(t -> t.kind() == TeamKind.CHILDREN_IN_CARE)
                .min(Comparator.comparing(TeamSummary::name)).map(TeamSummary::id)
                .orElseThrow(() -> InvalidInputException.of("team", "Hearth has no children in care team to place "
                        + "new children with: create one, or choose a team"));
    }

    public Optional<ImportView> find(UUID id) {
        return repository.find(id);
    }

    public List<ImportView> recent() {
        return repository.recent(50);
    }

    public List<TableCount> counts(UUID id) {
        return repository.counts(id);
    }

    public List<ImportIssue> report(UUID id, int offset, int limit) {
        return repository.issues(id, offset, limit);
    }

    public long problemCount(UUID id) {
        return repository.issueCount(id, ImportIssue.Kind.PROBLEM);
    }

    public long conflictCount(UUID id) {
        return repository.issueCount(id, ImportIssue.Kind.CONFLICT);
    }

    /** What the DfE rules found in the return, in order, from {@code offset}. */
    public List<ImportFinding> findings(UUID id, int offset, int limit) {
        return repository.findings(id, offset, limit);
    }

    public List<ImportFinding.RuleCount> findingsByRule(UUID id) {
        return repository.findingsByRule(id);
    }

    /** Lines of the report an administrator should act on (a social worker id no user has, say). */
    public long noticeCount(UUID id) {
        return repository.issueCount(id, ImportIssue.Kind.NOTICE);
    }

    /** Runs one import to its end; never throws. Package-visible so tests can run one in their own thread. */
    void run(UUID id, List<ReturnFile> files, List<ReturnFile> previous, CollectionYear year, UUID teamId, UUID by,
            String byName) {
        long started = System.nanoTime();
        try {
            repository.running(id);
            // CSV (a folder's files or a zip) or the XML form, never mixed
            ReadResult result = ReturnFiles.fromUploads(files);
            ReadResult last = previous.isEmpty() ? null : ReturnFiles.fromUploads(previous);
            // the DfE rules over the return as uploaded: what DfE would query, reported, never a reason to refuse
            FilesCheck.Outcome validated = FilesCheck.check(year, result, last, postcodes,
                    postcodes.available() ? postcodes.councilAuthority() : null);
            if (!validated.readable()) {
                refuse(id, validated.problems().stream().map(ReturnImports::issue).toList(), List.of());
                return;
            }
            List<Finding> findings = validated.result().findings();
            long read = System.nanoTime();
            LocalDate today = LocalDate.now(clock);
            ImportChecks checks = new ImportChecks(result.data(), year, today, codes);
            checks.common();
            for (TableImporter importer : importers) {
                importer.check(result.data(), checks);
            }
            if (!checks.problems().isEmpty()) {
                refuse(id, checks.problems(), findings);
                return;
            }
            long checked = System.nanoTime();
            ImportRun run = new ImportRun(id, year, by, byName, teamId, result.data(), today, repository);
            transaction.executeWithoutResult(status -> write(run, findings));
            log.info("Return import {}: {} rows read and validated in {} ms, checked in {} ms, written in {} ms", id,
                    result.data().size(), (read - started) / 1_000_000, (checked - read) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
        } catch (RuntimeException | Error e) {
            // an Error too (out of memory, say): the executor would keep it in a Future nobody reads, and the import
            // would show RUNNING for ever; its transaction has rolled back either way
            log.warn("Return import {} failed and was rolled back", id, e);
            String reason = e instanceof InvalidInputException invalid ? invalid.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("")
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            try {
                repository.finish(id, ImportStatus.FAILED, 0, 0, 0, "Nothing was written. " + shorten(reason));
            } catch (RuntimeException again) {
                log.error("Return import {}: could not record its failure", id, again);
            }
        }
    }

    private void write(ImportRun run, List<Finding> findings) {
        for (TableImporter importer : importers) {
            importer.apply(run);
        }
        repository.saveProvenance(run.importId(), run.provenance());
        // each child written is access-logged once, whatever the number of rows (issue 8)
        accessLog.recordAll(run.by(), run.byName(), run.changedChildren(), AccessAction.CHANGE,
                "Imported from the 903 return " + run.year().label());
        repository.saveIssues(run.importId(), run.conflicts(), 0);
        repository.saveCounts(run.importId(), run.counts());
        repository.saveFindings(run.importId(), findings);
        int created = (int) run.children().values().stream().filter(ImportRun.ChildRef::created).count();
        int updated = (int) run.children().values().stream()
                .filter(c -> !c.created() && run.changedChildren().contains(c.id())).count();
        repository.finish(run.importId(), ImportStatus.DONE, created, updated,
                run.children().size() - created - updated, null);
    }

    private void refuse(UUID id, List<ImportIssue> problems, List<Finding> findings) {
        transaction.executeWithoutResult(status -> {
            repository.saveIssues(id, problems, 0);
            repository.saveFindings(id, findings);
            repository.finish(id, ImportStatus.REFUSED, 0, 0, 0, null);
        });
    }

    private static ImportIssue issue(ReadProblem p) {
        return ImportIssue.problem(p.file(), null, p.row(), null, p.column(), p.value(), p.message());
    }

    private static String shorten(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text;
    }

}
