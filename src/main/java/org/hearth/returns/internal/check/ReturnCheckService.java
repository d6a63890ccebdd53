package org.hearth.returns.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.ChildAccess;
import org.hearth.access.ChildAccessSubject;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildRecords;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReadProblem;
import org.hearth.returns.internal.data.ReadResult;
import org.hearth.returns.internal.data.ReturnFile;
import org.hearth.returns.internal.data.ReturnFiles;
import org.hearth.returns.internal.validation.Finding;
import org.hearth.returns.internal.validation.ValidationResult;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Checks a return from another system before submission, without importing it (issue 8): the files are read and the
 * year's rules run with the postcode directory's derived fields, and each finding is linked to the Hearth child with
 * the return's CHILD as its local id when the user may see that child. Nothing is stored and no child's data is read
 * beyond whether the record exists, so nothing is access-logged.
 */
@Service
public class ReturnCheckService {

    private final DirectoryPostcodes postcodes;
    private final ChildRecords children;
    private final ChildAccess access;

    ReturnCheckService(DirectoryPostcodes postcodes, ChildRecords children, ChildAccess access) {
        this.postcodes = postcodes;
        this.children = children;
        this.access = access;
    }

    /** The return's files could not be read: each problem with its file and row. Nothing was validated. */
    public static class UnreadableReturn extends RuntimeException {
        private final List<ReadProblem> problems;

        public UnreadableReturn(List<ReadProblem> problems) {
            super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " reading the return's files");
            this.problems = List.copyOf(problems);
        }

        public List<ReadProblem> problems() {
            return problems;
        }
    }

    /** A finding with the Hearth child it is about, when there is one the user may see. */
    public record CheckedFinding(String childId, String ruleCode, String table, int row, List<String> fields,
            String message, UUID recordId) {
    }

    /** What the check found. */
    public record CheckReport(CollectionYear year, int children, int rows, List<String> rulesRun,
            List<ValidationResult.RuleNotRun> rulesNotRun, List<CheckedFinding> findings,
            Map<String, Integer> counts) {
    }

    /**
     * @param previous last year's files; empty when not given
     */
    public CheckReport check(CurrentUser user, String yearText, List<ReturnFile> files, List<ReturnFile> previous) {
        CollectionYear year = CollectionYear.supported(yearText);
        List<ReturnFile> given = files == null ? List.of() : files;
        if (given.isEmpty()) {
            throw InvalidInputException.of("files", "Choose the return's files: its CSV files, a zip of them, or its "
                    + "XML file");
        }
        ReadResult current = ReturnFiles.fromUploads(given);
        ReadResult last = previous == null || previous.isEmpty() ? null : ReturnFiles.fromUploads(previous);
        FilesCheck.Outcome outcome = FilesCheck.check(year, current, last, postcodes, postcodes.available()
                ? postcodes.councilAuthority() : null);
        if (!outcome.readable()) {
            throw new UnreadableReturn(outcome.problems());
        }
        ValidationResult result = outcome.result();
        Map<String, ChildAccessSubject> records = children.accessSubjectsByLocalId(result.findings().stream()
                .map(Finding::child).filter(c -> c != null).distinct().toList());
        List<CheckedFinding> findings = new ArrayList<>(result.findings().size());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, UUID> visible = new java.util.HashMap<>();
        for (Finding finding : result.findings()) {
            UUID record = null;
            if (finding.child() != null) {
                record = visible.computeIfAbsent(finding.child(), child -> {
                    ChildAccessSubject subject = records.get(child);
                    return subject != null && access.canSee(user, subject) ? subject.childId() : null;
                });
            }
            findings.add(new CheckedFinding(finding.child(), finding.ruleCode(), finding.table() == null ? null
                    : finding.table().dfeName(), finding.row(), finding.fields(), finding.message(), record));
            counts.merge(finding.ruleCode(), 1, Integer::sum);
        }
        return new CheckReport(year, outcome.children(), outcome.rows(), result.rulesRun(), result.rulesNotRun(),
                findings, counts);
    }
}
