package org.hearth.practice.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.internal.ActivityService;
import org.hearth.practice.internal.StoredActivity;
import org.hearth.shared.ETags;
import org.hearth.shared.PreconditionRequiredException;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's statutory activity over the API, one resource per kind under /api/v1/children/{id}/{kind} (issue 5).
 * Same access rules as the pages; refusals are problem+json naming the field; an activity's version is its ETag and
 * corrections must send it back in If-Match.
 */
@RestController
@RequestMapping("/api/v1/children/{id}/{kind:" + ActivityPaths.KINDS + "}")
class ActivityApiController {

    private final ActivityService activities;
    private final CurrentUsers currentUsers;

    ActivityApiController(ActivityService activities, CurrentUsers currentUsers) {
        this.activities = activities;
        this.currentUsers = currentUsers;
    }

    /** The child's activity of this kind, newest first, including what was recorded in error (flagged). */
    @GetMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> list(@PathVariable UUID id, @PathVariable String kind) {
        ActivityKind type = ActivityPaths.kind(kind);
        return activities.ofKind(currentUsers.require(), id, type, ActivityPaths.lower(type.pluralLabel())
                + " (API)").activities().stream().map(ActivityJson::resource).toList();
    }

    @PostMapping
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    ResponseEntity<Map<String, Object>> record(@PathVariable UUID id, @PathVariable String kind,
            @RequestBody Map<String, Object> body) {
        ActivityKind type = ActivityPaths.kind(kind);
        StoredActivity saved = activities.record(currentUsers.require(), id, type, ActivityJson.input(type, body));
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/" + kind + "/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(ActivityJson.resource(saved));
    }

    @GetMapping("/{activityId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> get(@PathVariable UUID id, @PathVariable String kind,
            @PathVariable String activityId) {
        ActivityKind type = ActivityPaths.kind(kind);
        StoredActivity activity = activities.one(currentUsers.require(), id, type, activityId(activityId),
                ActivityPaths.lower(type.label()) + " (API)").activity();
        return ResponseEntity.ok().eTag(ETags.of(activity.version())).body(ActivityJson.resource(activity));
    }

    /**
     * Corrects the activity: the body replaces its date and fields. With {@code "enteredInError": true} and an
     * {@code enteredInErrorReason} it is marked as recorded in error instead, and no longer counts anywhere.
     */
    @PutMapping("/{activityId}")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    ResponseEntity<Map<String, Object>> correct(@PathVariable UUID id, @PathVariable String kind,
            @PathVariable String activityId, @RequestBody Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ActivityKind type = ActivityPaths.kind(kind);
        UUID activity = activityId(activityId);
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the activity's ETag in If-Match so that no one's changes "
                    + "are overwritten");
        }
        int version = ETags.version(ifMatch);
        Object reason = body.get("enteredInErrorReason");
        StoredActivity saved = activities.correct(currentUsers.require(), id, type, activity,
                ActivityJson.input(type, body), Boolean.TRUE.equals(body.get("enteredInError")),
                reason == null ? null : String.valueOf(reason), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(ActivityJson.resource(saved));
    }

    private static UUID activityId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("No activity with id " + value);
        }
    }
}
