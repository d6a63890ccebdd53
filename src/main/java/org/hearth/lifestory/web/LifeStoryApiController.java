package org.hearth.lifestory.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.lifestory.internal.LifeStoryService;
import org.hearth.lifestory.internal.StoredItem;
import org.hearth.shared.ETags;
import org.hearth.shared.FormValues;
import org.hearth.shared.JsonFields;
import org.hearth.shared.PreconditionRequiredException;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * A child's life story work over the API (issue 7 contract: {@code GET|POST /api/v1/children/{id}/life-story}), with
 * changes (PUT with If-Match: 428 without, 412 when stale), photo and document uploads (multipart) and their bytes,
 * every view of which is access-logged. Refusals are problem+json naming the field.
 */
@RestController
@RequestMapping("/api/v1/children/{id}/life-story")
class LifeStoryApiController {

    private final LifeStoryService service;
    private final CurrentUsers currentUsers;

    LifeStoryApiController(LifeStoryService service, CurrentUsers currentUsers) {
        this.service = service;
        this.currentUsers = currentUsers;
    }

    /** The child's life story work, newest first, each with its attachments' facts and links to their bytes. */
    @GetMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> list(@PathVariable UUID id) {
        return service.list(currentUsers.require(), id, "life story work (API)").items().stream()
                .map(LifeStoryApiController::resource).toList();
    }

    /**
     * Records a piece of work: {@code kind} (LIFE_STORY_BOOK, LATER_LIFE_LETTER, MEMORY_BOX, DIRECT_WORK_SESSION),
     * {@code title}, {@code status} (PLANNED, IN_PROGRESS, SHARED_WITH_CHILD, COMPLETE), {@code doneBy},
     * {@code plannedOn} (needed when planned), {@code doneOn} (needed when shared or complete; not in the future),
     * {@code childInvolvement}, {@code notes}.
     */
    @PostMapping
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> create(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        StoredItem saved = service.create(currentUsers.require(), id, input(new JsonFields(body)));
        return ResponseEntity.created(URI.create(self(saved))).eTag(ETags.of(saved.version())).body(resource(saved));
    }

    @GetMapping("/{itemId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> one(@PathVariable UUID id, @PathVariable String itemId) {
        StoredItem item = service.one(currentUsers.require(), id, FormValues.id(itemId, "life story work"),
                "life story work (API)");
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(resource(item));
    }

    /** Changes the work (every field, as for POST), with If-Match: the ETag it was read with. */
    @PutMapping("/{itemId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> change(@PathVariable UUID id, @PathVariable String itemId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the life story work's ETag in If-Match so that no one's "
                    + "changes are overwritten");
        }
        StoredItem saved = service.change(currentUsers.require(), id, FormValues.id(itemId, "life story work"),
                input(new JsonFields(body)), ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved));
    }

    /** Adds a photo (JPEG or PNG) or PDF: multipart with {@code file} and an optional {@code description}. */
    @PostMapping("/{itemId}/attachments")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> attach(@PathVariable UUID id, @PathVariable String itemId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "description", required = false) String description) {
        UUID item = FormValues.id(itemId, "life story work");
        StoredItem.AttachmentInfo saved = service.attach(currentUsers.require(), id, item, MultipartUpload.of(file),
                description);
        return ResponseEntity.created(URI.create(contentLink(id, saved))).body(attachment(id, saved));
    }

    /** The attachment's bytes, as stored (photos re-encoded without metadata); each request is access-logged. */
    @GetMapping("/{itemId}/attachments/{attachmentId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<byte[]> content(@PathVariable UUID id, @PathVariable String itemId,
            @PathVariable String attachmentId) {
        return AttachmentResponses.of(service.content(currentUsers.require(), id, FormValues.id(itemId,
                "life story work"), FormValues.id(attachmentId, "attachment"), false), false);
    }

    /** A photo's thumbnail (JPEG, at most 240 pixels on its longer side); access-logged too. */
    @GetMapping("/{itemId}/attachments/{attachmentId}/thumbnail")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable String itemId,
            @PathVariable String attachmentId) {
        return AttachmentResponses.of(service.content(currentUsers.require(), id, FormValues.id(itemId,
                "life story work"), FormValues.id(attachmentId, "attachment"), true), true);
    }

    /** Takes an attachment off the item, kept but no longer shown or served: {@code {"reason": "..."}}. */
    @PostMapping("/{itemId}/attachments/{attachmentId}/removal")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable String itemId,
            @PathVariable String attachmentId, @RequestBody(required = false) Map<String, Object> body) {
        service.removeAttachment(currentUsers.require(), id, FormValues.id(itemId, "life story work"),
                FormValues.id(attachmentId, "attachment"), new JsonFields(body).text("reason"));
        return ResponseEntity.noContent().build();
    }

    private static LifeStoryService.ItemInput input(JsonFields json) {
        return new LifeStoryService.ItemInput(json.text("kind"), json.text("title"), json.text("status"),
                json.text("doneBy"), json.date("plannedOn"), json.date("doneOn"), json.text("childInvolvement"),
                json.text("notes"), json.problems());
    }

    private static String self(StoredItem item) {
        return "/api/v1/children/" + item.childId() + "/life-story/" + item.id();
    }

    private static String contentLink(UUID childId, StoredItem.AttachmentInfo a) {
        return "/api/v1/children/" + childId + "/life-story/" + a.itemId() + "/attachments/" + a.id();
    }

    static Map<String, Object> resource(StoredItem i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", i.id());
        json.put("childId", i.childId());
        json.put("kind", i.kind().name());
        json.put("title", i.title());
        json.put("status", i.status().name());
        json.put("doneBy", i.doneBy());
        json.put("plannedOn", i.plannedOn() == null ? null : i.plannedOn().toString());
        json.put("doneOn", i.doneOn() == null ? null : i.doneOn().toString());
        json.put("childInvolvement", i.childInvolvement());
        json.put("notes", i.notes());
        json.put("attachments", i.attachments().stream().map(a -> attachment(i.childId(), a)).toList());
        json.put("createdBy", i.createdBy());
        json.put("createdAt", i.createdAt().toString());
        json.put("changedAt", i.changedAt().toString());
        json.put("version", i.version());
        json.put("links", Map.of("self", self(i), "attachments", self(i) + "/attachments",
                "timeline", "/api/v1/children/" + i.childId() + "/life-story/timeline"));
        return json;
    }

    static Map<String, Object> attachment(UUID childId, StoredItem.AttachmentInfo a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("fileName", a.fileName());
        json.put("mediaType", a.mediaType());
        json.put("sizeBytes", a.sizeBytes());
        json.put("width", a.width());
        json.put("height", a.height());
        json.put("description", a.description());
        json.put("uploadedBy", a.uploadedBy());
        json.put("uploadedAt", a.uploadedAt().toString());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("content", contentLink(childId, a));
        if (a.hasThumbnail()) {
            links.put("thumbnail", contentLink(childId, a) + "/thumbnail");
        }
        json.put("links", links);
        return json;
    }
}
