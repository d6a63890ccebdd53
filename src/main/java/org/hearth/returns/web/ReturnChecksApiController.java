package org.hearth.returns.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.returns.internal.check.ReturnCheckService;
import org.hearth.returns.internal.check.ReturnCheckService.CheckReport;
import org.hearth.returns.internal.check.ReturnCheckService.UnreadableReturn;
import org.hearth.returns.internal.data.ReadProblem;
import org.hearth.returns.internal.data.ReturnFile;
import org.hearth.returns.internal.validation.ValidationResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a 903 return from another system against the year's DfE rules without importing it (issue 8): multipart
 * {@code files} (one or more; CSV files, zips of them, or one XML file), optional {@code previous} (last year's), and
 * {@code year} (the year the collection ends). Nothing is stored. Files that cannot be read answer 400 with each
 * problem's file, row, column, value and message.
 */
@RestController
class ReturnChecksApiController {

    private final ReturnCheckService checks;
    private final CurrentUsers currentUsers;

    ReturnChecksApiController(ReturnCheckService checks, CurrentUsers currentUsers) {
        this.checks = checks;
        this.currentUsers = currentUsers;
    }

    record FindingJson(String childId, String ruleCode, String table, Integer row, List<String> fields,
            String message, String record) {
    }

    record CheckJson(int year, String label, int children, int rows, List<String> rulesRun,
            List<ValidationResult.RuleNotRun> rulesNotRun, int findingCount, Map<String, Integer> counts,
            List<FindingJson> findings) {
    }

    @PostMapping(path = "/api/v1/returns/903/validations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Authorisation.RETURN_CHECKERS)
    CheckJson validate(@RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) List<MultipartFile> previous,
            @RequestParam(required = false) String year) throws IOException {
        CheckReport report = checks.check(currentUsers.require(), year, uploads(files), uploads(previous));
        return new CheckJson(report.year().endYear(), report.year().label(), report.children(), report.rows(),
                report.rulesRun(), report.rulesNotRun(), report.findings().size(), report.counts(),
                report.findings().stream().map(f -> new FindingJson(f.childId(), f.ruleCode(), f.table(),
                        f.row() > 0 ? f.row() : null, f.fields(), f.message(),
                        f.recordId() == null ? null : "/api/v1/children/" + f.recordId())).toList());
    }

    /** The parts that hold a file: a form posted with no file chosen sends one empty, nameless part. */
    static List<ReturnFile> uploads(List<MultipartFile> parts) throws IOException {
        List<ReturnFile> files = new ArrayList<>();
        if (parts != null) {
            for (MultipartFile part : parts) {
                boolean named = part.getOriginalFilename() != null && !part.getOriginalFilename().isBlank();
                if (named || !part.isEmpty()) {
                    files.add(new ReturnFile(named ? part.getOriginalFilename() : part.getName(), part.getBytes()));
                }
            }
        }
        return files;
    }

    @ExceptionHandler(UnreadableReturn.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableReturn e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()
                + ": nothing was validated");
        problem.setTitle("The return's files could not be read");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("problems", e.problems().stream().map(ReturnChecksApiController::json).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> json(ReadProblem p) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("file", p.file());
        json.put("row", p.row() > 0 ? p.row() : null);
        json.put("column", p.column());
        json.put("value", p.value());
        json.put("message", p.message());
        return json;
    }
}
