package org.hearth.lifestory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.children.ChildView;
import org.hearth.lifestory.LifeStoryKind;
import org.hearth.lifestory.LifeStoryStatus;
import org.hearth.lifestory.internal.LifeStoryService;
import org.hearth.lifestory.internal.StoredItem;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.FormValues;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's life story work pages: the list by status with photo thumbnails and the link to the life story timeline
 * (a chronology page), recording and changing a piece of work (GOV.UK form, error summary, conflict shown when someone
 * else saved first), uploading a photo or PDF, and viewing one. Every view of an attachment's bytes is access-logged.
 */
@Controller
class LifeStoryPagesController {

    static final List<Option> KINDS = Arrays.stream(LifeStoryKind.values())
            .map(k -> new Option(k.name(), k.label())).toList();
    static final List<Option> STATUSES = Arrays.stream(LifeStoryStatus.values())
            .map(s -> new Option(s.name(), s.label())).toList();

    private final LifeStoryService service;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final Clock clock;

    LifeStoryPagesController(LifeStoryService service, CurrentUsers currentUsers, Directory directory, Clock clock) {
        this.service = service;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/life-story")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String list(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        LifeStoryService.ChildItems found = service.list(user, id, "life story work");
        Map<LifeStoryStatus, List<StoredItem>> byStatus = new LinkedHashMap<>();
        // what is being worked on first, then what is done
        for (LifeStoryStatus s : List.of(LifeStoryStatus.IN_PROGRESS, LifeStoryStatus.PLANNED,
                LifeStoryStatus.SHARED_WITH_CHILD, LifeStoryStatus.COMPLETE)) {
            byStatus.put(s, found.items().stream().filter(i -> i.status() == s).toList());
        }
        model.addAttribute("child", found.child());
        model.addAttribute("items", found.items());
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        return "lifestory/list";
    }

    @GetMapping("/children/{id}/life-story/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String newForm(@PathVariable UUID id, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", LifeStoryStatus.PLANNED.name());
        return form(service.child(currentUsers.require(), id, "life story work (form)"), null, values, model);
    }

    @PostMapping("/children/{id}/life-story/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String create(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            StoredItem saved = service.create(user, id, input(params));
            redirect.addFlashAttribute("success", "Life story work recorded");
            return "redirect:/children/" + id + "/life-story/" + saved.id();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return form(service.child(user, id, "life story work (form)"), null, new LinkedHashMap<>(params), model);
    }

    @GetMapping("/children/{id}/life-story/{itemId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String item(@PathVariable UUID id, @PathVariable String itemId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredItem item = service.one(user, id, FormValues.id(itemId, "life story work"), "life story work");
        Set<UUID> people = new HashSet<>();
        people.add(item.createdBy());
        people.add(item.changedBy());
        item.attachments().forEach(a -> people.add(a.uploadedBy()));
        people.remove(null);
        model.addAttribute("child", service.child(user, id, "life story work"));
        model.addAttribute("item", item);
        model.addAttribute("names", directory.displayNames(people));
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        return "lifestory/item";
    }

    @GetMapping("/children/{id}/life-story/{itemId}/edit")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String editForm(@PathVariable UUID id, @PathVariable String itemId, Model model) {
        CurrentUser user = currentUsers.require();
        StoredItem item = service.one(user, id, FormValues.id(itemId, "life story work"), "life story work (form)");
        return form(service.child(user, id, "life story work (form)"), item, values(item), model);
    }

    @PostMapping("/children/{id}/life-story/{itemId}/edit")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String change(@PathVariable UUID id, @PathVariable String itemId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID itemUuid = FormValues.id(itemId, "life story work");
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            service.change(user, id, itemUuid, input(params), FormValues.version(params.get("version")));
            redirect.addFlashAttribute("success", "Life story work changed");
            return "redirect:/children/" + id + "/life-story/" + itemUuid;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            // what they typed stays on the form; what is saved now is shown beside it, and saving again overwrites
            // only once they have seen it
            model.addAttribute("stale", true);
            values.put("version", String.valueOf(e.currentVersion()));
        }
        StoredItem current = service.one(user, id, itemUuid, "life story work (form)");
        return form(service.child(user, id, "life story work (form)"), current, values, model);
    }

    private String form(ChildView child, StoredItem item, Map<String, String> values, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("item", item);
        model.addAttribute("values", values);
        model.addAttribute("plannedOn", FormValues.parts(values, "plannedOn"));
        model.addAttribute("doneOn", FormValues.parts(values, "doneOn"));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("statuses", STATUSES);
        return "lifestory/form";
    }

    @GetMapping("/children/{id}/life-story/{itemId}/attachments/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String uploadForm(@PathVariable UUID id, @PathVariable String itemId, Model model) {
        return uploadForm(currentUsers.require(), id, FormValues.id(itemId, "life story work"), Map.of(), model);
    }

    @PostMapping("/children/{id}/life-story/{itemId}/attachments/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String upload(@PathVariable UUID id, @PathVariable String itemId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "description", required = false) String description, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID itemUuid = FormValues.id(itemId, "life story work");
        try {
            StoredItem.AttachmentInfo saved = service.attach(user, id, itemUuid, MultipartUpload.of(file),
                    description);
            redirect.addFlashAttribute("success", (saved.image() ? "Photo" : "Document") + " uploaded");
            return "redirect:/children/" + id + "/life-story/" + itemUuid + "/attachments/" + saved.id();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("description", description);
        return uploadForm(user, id, itemUuid, values, model);
    }

    private String uploadForm(CurrentUser user, UUID id, UUID itemId, Map<String, String> values, Model model) {
        model.addAttribute("item", service.one(user, id, itemId, "life story work (upload form)"));
        model.addAttribute("child", service.child(user, id, "life story work (upload form)"));
        model.addAttribute("values", values);
        model.addAttribute("maxSize", megabytes(service.maxAttachmentBytes()));
        return "lifestory/upload";
    }

    /** The page showing one attachment: the photo itself, or a link to download the PDF. */
    @GetMapping("/children/{id}/life-story/{itemId}/attachments/{attachmentId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String attachment(@PathVariable UUID id, @PathVariable String itemId, @PathVariable String attachmentId,
            Model model) {
        CurrentUser user = currentUsers.require();
        StoredItem item = service.one(user, id, FormValues.id(itemId, "life story work"), "life story work");
        StoredItem.AttachmentInfo attachment = item.attachment(FormValues.id(attachmentId, "attachment"))
                .orElseThrow(() -> new RecordNotFoundException("No attachment with id " + attachmentId));
        model.addAttribute("child", service.child(user, id, "life story work"));
        model.addAttribute("item", item);
        model.addAttribute("attachment", attachment);
        model.addAttribute("uploadedBy", attachment.uploadedBy() == null ? "Hearth"
                : directory.displayNames(List.of(attachment.uploadedBy())).getOrDefault(attachment.uploadedBy(),
                        "Unknown"));
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        return "lifestory/attachment";
    }

    @GetMapping("/children/{id}/life-story/{itemId}/attachments/{attachmentId}/file")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String itemId,
            @PathVariable String attachmentId) {
        return AttachmentResponses.of(service.content(currentUsers.require(), id,
                FormValues.id(itemId, "life story work"), FormValues.id(attachmentId, "attachment"), false), false);
    }

    @GetMapping("/children/{id}/life-story/{itemId}/attachments/{attachmentId}/thumbnail")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable String itemId,
            @PathVariable String attachmentId) {
        return AttachmentResponses.of(service.content(currentUsers.require(), id,
                FormValues.id(itemId, "life story work"), FormValues.id(attachmentId, "attachment"), true), true);
    }

    @GetMapping("/children/{id}/life-story/{itemId}/attachments/{attachmentId}/remove")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String removeForm(@PathVariable UUID id, @PathVariable String itemId, @PathVariable String attachmentId,
            Model model) {
        return removeForm(currentUsers.require(), id, itemId, attachmentId, Map.of(), model);
    }

    @PostMapping("/children/{id}/life-story/{itemId}/attachments/{attachmentId}/remove")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String remove(@PathVariable UUID id, @PathVariable String itemId, @PathVariable String attachmentId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        UUID itemUuid = FormValues.id(itemId, "life story work");
        try {
            service.removeAttachment(user, id, itemUuid, FormValues.id(attachmentId, "attachment"),
                    params.get("reason"));
            redirect.addFlashAttribute("success", "Attachment taken off");
            return "redirect:/children/" + id + "/life-story/" + itemUuid;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return removeForm(user, id, itemId, attachmentId, params, model);
    }

    private String removeForm(CurrentUser user, UUID id, String itemId, String attachmentId,
            Map<String, String> values, Model model) {
        StoredItem item = service.one(user, id, FormValues.id(itemId, "life story work"), "life story work (form)");
        model.addAttribute("child", service.child(user, id, "life story work (form)"));
        model.addAttribute("item", item);
        model.addAttribute("attachment", item.attachment(FormValues.id(attachmentId, "attachment"))
                .orElseThrow(() -> new RecordNotFoundException("No attachment with id " + attachmentId)));
        model.addAttribute("values", values);
        return "lifestory/remove";
    }

    private static LifeStoryService.ItemInput input(Map<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate planned = optionalDate(params, "plannedOn", "Planned date", problems);
        LocalDate done = optionalDate(params, "doneOn", "Date done", problems);
        return new LifeStoryService.ItemInput(params.get("kind"), params.get("title"), params.get("status"),
                params.get("doneBy"), planned, done, params.get("childInvolvement"), params.get("notes"), problems);
    }

    /** A date that may be left out: all three boxes empty is no date, anything else must be a real date. */
    private static LocalDate optionalDate(Map<String, String> params, String field, String label,
            List<FieldProblem> problems) {
        DateParts parts = FormValues.parts(params, field);
        if (blank(parts.day()) && blank(parts.month()) && blank(parts.year())) {
            return null;
        }
        return FormValues.date(parts, field, label, problems);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, String> values(StoredItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", item.kind().name());
        values.put("title", item.title());
        values.put("status", item.status().name());
        values.put("doneBy", item.doneBy());
        put(values, "plannedOn", item.plannedOn());
        put(values, "doneOn", item.doneOn());
        values.put("childInvolvement", item.childInvolvement());
        values.put("notes", item.notes());
        values.put("version", String.valueOf(item.version()));
        return values;
    }

    private static void put(Map<String, String> values, String field, LocalDate date) {
        if (date != null) {
            DateParts parts = DateParts.of(date);
            values.put(field + "Day", parts.day());
            values.put(field + "Month", parts.month());
            values.put(field + "Year", parts.year());
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : String.format(java.util.Locale.UK, "%.1f MB", bytes / 1048576.0);
    }
}
