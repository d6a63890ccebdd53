package org.hearth.children.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessLogEntry;
import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.children.CareStatus;
import org.hearth.children.Carer;
import org.hearth.children.Carers;
import org.hearth.children.ChildSummary;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeView;
import org.hearth.children.NewChild;
import org.hearth.children.internal.CaseloadQuery;
import org.hearth.children.internal.ChildService;
import org.hearth.children.internal.EpisodeService;
import org.hearth.shared.ETags;
import org.hearth.shared.PreconditionRequiredException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The children API (issue 2, section 5). Same access rules as the pages; errors are problem+json naming the field;
 * the record's version is its ETag, and updates must send it back in If-Match.
 */
@RestController
@RequestMapping("/api/v1")
class ChildApiController {

    private final ChildService children;
    private final EpisodeService episodes;
    private final Carers carers;
    private final CurrentUsers currentUsers;

    ChildApiController(ChildService children, EpisodeService episodes, Carers carers, CurrentUsers currentUsers) {
        this.children = children;
        this.episodes = episodes;
        this.carers = carers;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/children")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    PageResponse<ChildSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) UUID team,
            @RequestParam(required = false) UUID worker, @RequestParam(required = false) CareStatus status,
            @RequestParam(required = false) Boolean uasc) {
        CaseloadQuery.checkPaging(page, size);
        var result = children.caseload(currentUsers.require(), CaseloadQuery.filter(team, worker, status, uasc), page,
                size);
        return new PageResponse<>(result.items(), result.page(), result.size(), result.total(), result.totalPages());
    }

    @GetMapping("/children/{id}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<ChildView> get(@PathVariable UUID id) {
        ChildView child = children.view(currentUsers.require(), id, "child record (API)");
        return ResponseEntity.ok().eTag(etag(child.version())).body(child);
    }

    @PostMapping("/children")
    @PreAuthorize(Authorisation.CHILD_RECORD_CREATORS)
    ResponseEntity<ChildView> create(@RequestBody NewChild input) {
        var user = currentUsers.require();
        UUID id = children.create(user, input);
        ChildView child = children.view(user, id, "child record (API, after creating it)");
        return ResponseEntity.created(URI.create("/api/v1/children/" + id)).eTag(etag(child.version())).body(child);
    }

    @PutMapping("/children/{id}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<ChildView> update(@PathVariable UUID id, @RequestBody NewChild input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the record's ETag in If-Match so that no one's changes are "
                    + "overwritten");
        }
        ChildView child = children.update(currentUsers.require(), id, version(ifMatch), input);
        return ResponseEntity.ok().eTag(etag(child.version())).body(child);
    }

    @GetMapping("/children/{id}/episodes")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<List<EpisodeView>> episodes(@PathVariable UUID id) {
        var record = children.viewWithEpisodes(currentUsers.require(), id, "episode history (API)");
        return ResponseEntity.ok().eTag(etag(record.child().version())).body(record.episodes());
    }

    /** Records an episode command; with If-Match, refuses (412) if the record changed since it was read. */
    @PostMapping("/children/{id}/episodes")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    ResponseEntity<List<EpisodeView>> recordEpisode(@PathVariable UUID id, @RequestBody EpisodeCommand command,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var user = currentUsers.require();
        List<EpisodeView> after = episodes.record(user, id, command, ifMatch == null ? null : version(ifMatch));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/children/" + id + "/episodes"))
                .body(after);
    }

    /** Undoes the latest episode change recorded in error; the body gives the reason. */
    @PostMapping("/children/{id}/episodes/undo")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    ResponseEntity<List<EpisodeView>> undoLatestEpisodeChange(@PathVariable UUID id, @RequestBody UndoRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        List<EpisodeView> after = episodes.undoLatest(currentUsers.require(), id, request.reason(),
                ifMatch == null ? null : version(ifMatch));
        return ResponseEntity.ok(after);
    }

    /** Why the latest episode change is being undone. */
    record UndoRequest(String reason) {
    }

    @GetMapping("/children/{id}/access-log")
    @PreAuthorize(Authorisation.ACCESS_HISTORY_READERS)
    PageResponse<AccessLogEntry> accessLog(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        CaseloadQuery.checkPaging(page, size);
        List<AccessLogEntry> entries = children.accessHistory(currentUsers.require(), id, page * size, size);
        return new PageResponse<>(entries, page, size, -1, -1);
    }

    @GetMapping("/carers")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Carer> carers() {
        return carers.all();
    }

    @PostMapping("/carers")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    ResponseEntity<Carer> registerCarer(@RequestBody Carer carer) {
        UUID id = carers.register(new Carer(null, carer.kind(), carer.name(), carer.approvalType(), carer.ofstedUrn(),
                carer.providerName(), carer.postcode()));
        Carer saved = carers.all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/carers/" + id)).body(saved);
    }

    private static String etag(int version) {
        return ETags.of(version);
    }

    private static int version(String ifMatch) {
        return ETags.version(ifMatch);
    }

    /**
     * A page of results.
     *
     * @param totalItems -1 where counting would cost more than it is worth
     */
    record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }

}
