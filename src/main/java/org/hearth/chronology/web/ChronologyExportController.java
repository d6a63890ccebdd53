package org.hearth.chronology.web;

import java.util.List;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.chronology.internal.ChronologyExports;
import org.hearth.chronology.internal.ChronologyService;
import org.hearth.chronology.internal.EntryFilter;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The print view and the page for choosing what goes into a court print (all, key events, or chosen entries). */
@Controller
class ChronologyExportController {

    private final ChronologyExports exports;
    private final ChronologyService chronology;
    private final CurrentUsers currentUsers;

    ChronologyExportController(ChronologyExports exports, ChronologyService chronology, CurrentUsers currentUsers) {
        this.exports = exports;
        this.chronology = chronology;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/children/{id}/chronology/print")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String print(@PathVariable UUID id, Model model) {
        model.addAttribute("print", exports.printable(currentUsers.require(), id));
        return "chronology/print";
    }

    @GetMapping("/children/{id}/chronology/court")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String court(@PathVariable UUID id, Model model) {
        var result = chronology.page(currentUsers.require(), id, EntryFilter.current(true), 0, 5_000,
                "chronology (to choose entries for a court print)");
        model.addAttribute("child", result.child());
        model.addAttribute("entries", result.items());
        return "chronology/court";
    }

    /** The court page's choice, as a file: {@code choice} all, key or chosen, with the chosen entry ids. */
    @GetMapping("/children/{id}/chronology/export")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    Object export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "court") String variant, @RequestParam(defaultValue = "all") String choice,
            @RequestParam(required = false) List<String> entries, Model model) {
        String selection = "chosen".equals(choice) ? String.join(",", entries == null ? List.of() : entries) : choice;
        try {
            if (selection.isEmpty()) {
                throw InvalidInputException.of("choice", "Choose at least one entry, or print all or key events");
            }
            return download(exports.export(currentUsers.require(), id, format,
                    ChronologyExports.Variant.of(variant), selection));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return court(id, model);
        }
    }

    static ResponseEntity<byte[]> download(ChronologyExports.Export export) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.content());
    }
}
