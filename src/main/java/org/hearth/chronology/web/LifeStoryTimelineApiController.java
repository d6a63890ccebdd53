package org.hearth.chronology.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.chronology.internal.LifeStoryTimeline;
import org.hearth.shared.ETags;
import org.hearth.shared.FormValues;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PreconditionRequiredException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The child's life story timeline over the API: {@code GET /api/v1/children/{id}/life-story/timeline} (every entry
 * offered, in or out, oldest first) and {@code PUT .../timeline/{entryId}} to curate one, with If-Match (the entry's
 * choice version; "0" before anyone chose).
 */
@RestController
@RequestMapping("/api/v1/children/{id}/life-story/timeline")
class LifeStoryTimelineApiController {

    private final LifeStoryTimeline timeline;
    private final CurrentUsers currentUsers;

    LifeStoryTimelineApiController(LifeStoryTimeline timeline, CurrentUsers currentUsers) {
        this.timeline = timeline;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> list(@PathVariable UUID id) {
        return timeline.of(currentUsers.require(), id, "life story timeline (API)").items().stream()
                .map(LifeStoryTimelineApiController::resource).toList();
    }

    /** {@code {"included": true, "childWording": "...", "note": "..."}} with If-Match. */
    @PutMapping("/{entryId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> choose(@PathVariable UUID id, @PathVariable String entryId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the timeline entry's ETag in If-Match so that no one's "
                    + "choices are overwritten");
        }
        Map<String, Object> json = body == null ? Map.of() : body;
        Object included = json.get("included");
        if (included != null && !(included instanceof Boolean)) {
            throw InvalidInputException.of("included", "included must be true or false");
        }
        LifeStoryTimeline.Item saved = timeline.choose(currentUsers.require(), id, FormValues.id(entryId,
                "chronology entry"), (Boolean) included, text(json, "childWording"), text(json, "note"),
                ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved));
    }

    private static String text(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value != null && !(value instanceof String)) {
            throw InvalidInputException.of(field, field + " must be text");
        }
        return (String) value;
    }

    static Map<String, Object> resource(LifeStoryTimeline.Item i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entryId", i.entry().id());
        json.put("date", i.entry().eventDate().toString());
        json.put("dateText", i.dateText());
        json.put("category", i.entry().category().name());
        json.put("keyEvent", i.entry().keyEvent());
        json.put("title", i.entry().title());
        json.put("included", i.included());
        json.put("chosen", i.chosen());
        json.put("suggestedWording", i.suggestedWording());
        json.put("childWording", i.childWording());
        json.put("wording", i.wording());
        json.put("note", i.note());
        json.put("version", i.version());
        return json;
    }
}
