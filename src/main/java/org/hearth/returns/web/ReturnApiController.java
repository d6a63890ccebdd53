package org.hearth.returns.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.CsvReturnWriter;
import org.hearth.returns.internal.data.XmlReturnWriter;
import org.hearth.returns.internal.export.HearthReturnExport;
import org.hearth.returns.internal.export.HearthReturnValidation;
import org.hearth.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 903 return from Hearth's records (issue 8 contracts): {@code GET /api/v1/returns/903/export?year=2027&format=
 * csv-zip} (the DfE's CSV set as a zip) and {@code GET /api/v1/returns/903/validation?year=2027} (the year's rules run
 * over it, findings per rule and child, each linked to the child's record). For performance officers and heads of
 * service; only the children the caller may see, each access-logged as an export.
 */
@RestController
class ReturnApiController {

    private final HearthReturnExport export;
    private final HearthReturnValidation validation;
    private final CurrentUsers currentUsers;

    ReturnApiController(HearthReturnExport export, HearthReturnValidation validation, CurrentUsers currentUsers) {
        this.export = export;
        this.validation = validation;
        this.currentUsers = currentUsers;
    }

    /** How many children belong in the return but have restricted records the caller is not named on. */
    static final String LEFT_OUT = "Hearth-Restricted-Children-Left-Out";

    /** @param format {@code csv-zip} (the DfE's CSV set) or {@code xml} (the 903 XML form) */
    @GetMapping("/api/v1/returns/903/export")
    @PreAuthorize(Authorisation.RETURN_PREPARERS)
    ResponseEntity<byte[]> export(@RequestParam(required = false) String year,
            @RequestParam(required = false, defaultValue = "csv-zip") String format) {
        CollectionYear collectionYear = CollectionYear.supported(year);
        boolean xml = "xml".equalsIgnoreCase(format);
        if (!xml && !"csv-zip".equalsIgnoreCase(format)) {
            throw InvalidInputException.of("format", "Choose the format: csv-zip or xml");
        }
        HearthReturnExport.Exported exported = export.export(currentUsers.require(), collectionYear,
                "903 return " + collectionYear.label());
        // the return is short by the restricted records the caller is not named on: said, never silently
        String leftOut = String.valueOf(exported.leftOut());
        if (xml) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).header(LEFT_OUT, leftOut)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ssda903-"
                            + collectionYear.label() + ".xml\"")
                    .body(XmlReturnWriter.write(exported.data()));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip")).header(LEFT_OUT, leftOut)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ssda903-" + collectionYear.label()
                        + ".zip\"")
                .body(CsvReturnWriter.zip(exported.data()));
    }

    @GetMapping("/api/v1/returns/903/validation")
    @PreAuthorize(Authorisation.RETURN_PREPARERS)
    Map<String, Object> validation(@RequestParam(required = false) String year) {
        HearthReturnValidation.Outcome outcome = validation.validate(currentUsers.require(),
                CollectionYear.supported(year));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", outcome.year().endYear());
        json.put("label", outcome.year().label());
        json.put("children", outcome.children());
        json.put("restrictedChildrenLeftOut", outcome.leftOut());
        json.put("findings", outcome.findings());
        json.put("rulesRun", outcome.rulesRun());
        json.put("rulesNotRun", outcome.rulesNotRun().stream().map(r -> Map.of("code", r.code(), "reason",
                r.reason())).toList());
        json.put("rules", outcome.rules().stream().map(ReturnApiController::rule).toList());
        return json;
    }

    private static Map<String, Object> rule(HearthReturnValidation.RuleFindings rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", rule.code());
        json.put("message", rule.message());
        json.put("children", rule.children());
        Map<String, List<HearthReturnValidation.LinkedFinding>> byChild = new LinkedHashMap<>();
        rule.findings().forEach(f -> byChild.computeIfAbsent(String.valueOf(f.finding().child()),
                k -> new java.util.ArrayList<>()).add(f));
        json.put("byChild", byChild.values().stream().map(found -> {
            Map<String, Object> child = new LinkedHashMap<>();
            HearthReturnValidation.LinkedFinding first = found.get(0);
            child.put("child", first.finding().child());
            child.put("childId", first.childId());
            child.put("link", first.childId() == null ? null : "/children/" + first.childId());
            child.put("findings", found.stream().map(f -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("table", f.finding().table().dfeName());
                one.put("row", f.finding().row());
                one.put("fields", f.finding().fields());
                one.put("message", f.finding().message());
                return one;
            }).toList());
            return child;
        }).toList());
        return json;
    }
}
