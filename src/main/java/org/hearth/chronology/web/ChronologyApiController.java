package org.hearth.chronology.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.chronology.internal.Amendment;
import org.hearth.chronology.internal.Category;
import org.hearth.chronology.internal.ChronologyExports;
import org.hearth.chronology.internal.ChronologyService;
import org.hearth.chronology.internal.Entry;
import org.hearth.chronology.internal.EntryFilter;
import org.hearth.chronology.internal.EntryInput;
import org.hearth.chronology.internal.EntryVersion;
import org.hearth.chronology.internal.Significance;
import org.hearth.shared.ETags;
import org.hearth.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chronology API (issue 4; the paths and field names are fixed contracts). Same access rules as the pages;
 * refusals are problem+json naming the field; an entry's version is its ETag, and an amendment honours If-Match.
 */
@RestController
@RequestMapping("/api/v1/children/{id}/chronology")
class ChronologyApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final ChronologyService chronology;
    private final CurrentUsers currentUsers;
    private final ChronologyExports exports;

    ChronologyApiController(ChronologyService chronology, CurrentUsers currentUsers, ChronologyExports exports) {
        this.exports = exports;
        this.chronology = chronology;
        this.currentUsers = currentUsers;
    }

    /**
     * @param order {@code newest} (default) or {@code oldest} first
     * @param q text anywhere in the entry
     */
    @GetMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    EntriesResponse list(@PathVariable UUID id, @RequestParam(defaultValue = "newest") String order,
            @RequestParam(required = false) Set<Category> category,
            @RequestParam(required = false) Significance significance,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String source, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean keyEventsOnly,
            @RequestParam(defaultValue = "false") boolean includeEnteredInError,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (!order.equals("newest") && !order.equals("oldest")) {
            throw InvalidInputException.of("order", "Order must be newest or oldest");
        }
        if (page < 0) {
            throw InvalidInputException.of("page", "Page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "Size must be between 1 and " + MAX_PAGE_SIZE);
        }
        EntryFilter filter = new EntryFilter(order.equals("oldest"), category == null ? Set.of() : category,
                keyEventsOnly ? Significance.KEY_EVENT : significance, from, to, source, q, includeEnteredInError);
        var result = chronology.page(currentUsers.require(), id, filter, page, size, "chronology (API)");
        return new EntriesResponse(result.items(), page, size, result.total(), result.totalPages());
    }

    @GetMapping("/{entryId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<EntryWithHistory> get(@PathVariable UUID id, @PathVariable UUID entryId) {
        var found = chronology.entry(currentUsers.require(), id, entryId, "chronology entry (API)");
        return ResponseEntity.ok().eTag(ETags.of(found.entry().version()))
                .body(new EntryWithHistory(found.entry(), found.history()));
    }

    @PostMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Entry> record(@PathVariable UUID id, @RequestBody EntryInput input) {
        Entry entry = chronology.record(currentUsers.require(), id, input);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/chronology/" + entry.id()))
                .eTag(ETags.of(entry.version())).body(entry);
    }

    /** Amends an entry (or marks it as entered in error) with a reason; with If-Match, refuses (412) when stale. */
    @PostMapping("/{entryId}/amendments")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Entry> amend(@PathVariable UUID id, @PathVariable UUID entryId, @RequestBody Amendment amendment,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Entry entry = chronology.amend(currentUsers.require(), id, entryId, amendment,
                ifMatch == null ? null : ETags.version(ifMatch));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/children/" + id + "/chronology/" + entryId))
                .eTag(ETags.of(entry.version())).body(entry);
    }

    /**
     * Court, full or young-person chronology as PDF or CSV; access-logged as an export.
     *
     * @param entries {@code all}, {@code key}, or entry ids separated by commas
     */
    @GetMapping("/export")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "court") String variant, @RequestParam(defaultValue = "all") String entries) {
        return ChronologyExportController.download(exports.export(currentUsers.require(), id, format,
                ChronologyExports.Variant.of(variant), entries));
    }

    /** A page of entries; {@code totalItems} counts every entry the filter matches. */
    record EntriesResponse(List<Entry> items, int page, int size, long totalItems, int totalPages) {
    }

    /** An entry and its versions, newest first. */
    record EntryWithHistory(Entry entry, List<EntryVersion> history) {
    }
}
