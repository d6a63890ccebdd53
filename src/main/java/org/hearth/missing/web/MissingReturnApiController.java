package org.hearth.missing.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.missing.MissingRecords;
import org.hearth.missing.MissingRow;
import org.hearth.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SSDA903 Missing table as the DfE's CSV (../shared/docs/903.md section 1: columns CHILD, DOB, MISSING, MIS_START,
 * MIS_END; dates dd/mm/yyyy), for performance officers and heads of service. Every child in it is access-logged as an
 * export. Issue 8 builds the whole return on {@link MissingRecords#missingTable}.
 */
@RestController
class MissingReturnApiController {

    static final DateTimeFormatter DFE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MissingRecords records;
    private final CurrentUsers currentUsers;

    MissingReturnApiController(MissingRecords records, CurrentUsers currentUsers) {
        this.records = records;
        this.currentUsers = currentUsers;
    }

    /** @param year the year the collection ends (2027 for 1 April 2026 to 31 March 2027), as the DfE names it */
    @GetMapping(value = "/api/v1/returns/903/tables/missing", produces = "text/csv")
    @PreAuthorize(Authorisation.RETURN_PREPARERS)
    ResponseEntity<String> missing(@RequestParam(required = false) String year) throws IOException {
        int endYear;
        try {
            endYear = Integer.parseInt(year == null ? "" : year.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "Give the year the collection ends, e.g. 2027 for 2026-27");
        }
        if (endYear < 2000 || endYear > 2100) {
            throw InvalidInputException.of("year", "Give the year the collection ends, e.g. 2027 for 2026-27");
        }
        List<MissingRow> rows = records.missingTable(currentUsers.require(), endYear);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END").get())) {
            for (MissingRow r : rows) {
                csv.printRecord(r.localChildId(), DFE_DATE.format(r.dateOfBirth()), r.type().name(),
                        DFE_DATE.format(r.start()), r.end() == null ? "" : DFE_DATE.format(r.end()));
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"missing-" + (endYear - 1) + "-"
                        + String.format("%02d", endYear % 100) + ".csv\"")
                .body(out.toString());
    }
}
