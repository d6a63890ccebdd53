package org.hearth.lifestory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.lifestory.LifeStoryKind;
import org.hearth.lifestory.LifeStoryStatus;
import org.hearth.lifestory.LifeStoryWorkStatusChanged;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A child's life story work: recording and changing items (with their version: a conflict is shown, never
 * overwritten), adding photos and documents, serving them and taking them off with a reason. Every method applies the
 * child's access rule and writes the access log, each view of an attachment included; every change is one
 * transaction with its event.
 */
@Service
public class LifeStoryService {

    static final int TITLE_MAX = 200;
    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 8_000;
    static final int DESCRIPTION_MAX = 500;

    private final LifeStoryRepository items;
    private final AttachmentChecker checker;
    private final ChildGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxAttachmentBytes;

    LifeStoryService(LifeStoryRepository items, AttachmentChecker checker, ChildGate gate,
            ApplicationEventPublisher events, Clock clock,
            @Value("${hearth.life-story.max-attachment-size:10MB}") DataSize maxAttachmentSize) {
        this.items = items;
        this.checker = checker;
        this.gate = gate;
        this.events = events;
        this.clock = clock;
        this.maxAttachmentBytes = maxAttachmentSize.toBytes();
    }

    public record ChildItems(ChildView child, List<StoredItem> items) {
    }

    /** An item as typed; {@code readProblems} are what the form or JSON reader already found (dates that are not). */
    public record ItemInput(String kind, String title, String status, String doneBy, LocalDate plannedOn,
            LocalDate doneOn, String childInvolvement, String notes, List<FieldProblem> readProblems) {
    }

    /** An uploaded file: its size is known before its bytes are read, so an oversized one is never read. */
    public interface Upload {
        String name();

        long size();

        byte[] bytes() throws IOException;
    }

    /** The largest attachment kept ({@code hearth.life-story.max-attachment-size}, 10 MB by default). */
    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    @Transactional
    public ChildItems list(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildItems(child, items.of(childId));
    }

    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public StoredItem one(CurrentUser user, UUID childId, UUID itemId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return items.find(childId, itemId).orElseThrow(() -> notFound(itemId));
    }

    @Transactional
    public StoredItem create(CurrentUser user, UUID childId, ItemInput input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: life story work");
        LifeStoryRepository.Fields fields = check(child, input);
        UUID id = UUID.randomUUID();
        items.insert(id, childId, fields, user.id());
        if (fields.status().done()) {
            publish(childId, id, fields, user);
        }
        return items.find(childId, id).orElseThrow();
    }

    @Transactional
    public StoredItem change(CurrentUser user, UUID childId, UUID itemId, ItemInput input, int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "changed: life story work");
        StoredItem current = items.findForUpdate(childId, itemId).orElseThrow(() -> notFound(itemId));
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        LifeStoryRepository.Fields fields = check(child, input);
        if (!items.update(itemId, expectedVersion, fields, user.id())) {
            throw stale(current.version());
        }
        if (fields.status().done() && fields.status() != current.status()) {
            publish(childId, itemId, fields, user);
        }
        return items.find(childId, itemId).orElseThrow();
    }

    /** Checks, cleans and keeps a photo or document on the item (the item's version does not change). */
    @Transactional
    public StoredItem.AttachmentInfo attach(CurrentUser user, UUID childId, UUID itemId, Upload upload,
            String description) {
        gate.require(user, childId, AccessAction.CHANGE, "added: life story attachment");
        items.find(childId, itemId).orElseThrow(() -> notFound(itemId));
        FieldProblems problems = new FieldProblems(List.of());
        String text = problems.optionalText(description, "description", DESCRIPTION_MAX);
        if (upload == null || upload.size() < 0 || (upload.size() == 0 && (upload.name() == null
                || upload.name().isBlank()))) {
            problems.add("file", "Select a photo or PDF to upload");
        } else if (upload.size() > maxAttachmentBytes) {
            // refused from the declared size: the bytes of an oversized file are never read
            problems.add("file", AttachmentChecker.tooLarge(maxAttachmentBytes));
        }
        AttachmentChecker.Checked checked = null;
        if (!problems.has("file")) {
            try {
                checked = checker.check(upload.name(), upload.bytes(), maxAttachmentBytes, "file");
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(p.field(), p.message()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        UUID id = UUID.randomUUID();
        items.insertAttachment(id, itemId, childId, checked, text, user.id());
        return items.find(childId, itemId).orElseThrow().attachment(id).orElseThrow();
    }

    /** The bytes of an attachment (or its thumbnail): every view is written to the child's access log. */
    @Transactional
    public StoredItem.Content content(CurrentUser user, UUID childId, UUID itemId, UUID attachmentId,
            boolean thumbnail) {
        gate.require(user, childId, AccessAction.VIEW, "life story attachment" + (thumbnail ? " (thumbnail) " : " ")
                + attachmentId);
        return items.content(childId, itemId, attachmentId, thumbnail)
                .orElseThrow(() -> new RecordNotFoundException("No attachment with id " + attachmentId
                        + " on this life story item"));
    }

    /** Takes an attachment off the item with a reason: it is no longer shown or served, but kept. */
    @Transactional
    public void removeAttachment(CurrentUser user, UUID childId, UUID itemId, UUID attachmentId, String reason) {
        gate.require(user, childId, AccessAction.CHANGE, "removed: life story attachment " + attachmentId);
        items.find(childId, itemId).orElseThrow(() -> notFound(itemId))
                .attachment(attachmentId).orElseThrow(() -> new RecordNotFoundException("No attachment with id "
                        + attachmentId + " on this life story item"));
        FieldProblems problems = new FieldProblems(List.of());
        String text = problems.requiredText(reason, "reason", "Enter why the attachment is being taken off",
                DESCRIPTION_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        items.removeAttachment(itemId, attachmentId, text, user.id());
    }

    private LifeStoryRepository.Fields check(ChildView child, ItemInput in) {
        FieldProblems problems = new FieldProblems(in.readProblems() == null ? List.of() : in.readProblems());
        LifeStoryKind kind = problems.requiredChoice(LifeStoryKind.class, in.kind(), "kind",
                "Choose the kind of life story work");
        String title = problems.requiredText(in.title(), "title", "Enter a title", TITLE_MAX);
        LifeStoryStatus status = problems.requiredChoice(LifeStoryStatus.class, in.status(), "status",
                "Choose how far the work has got");
        String doneBy = problems.requiredText(in.doneBy(), "doneBy", "Enter who is doing the work", NAME_MAX);
        LocalDate today = LocalDate.now(clock);
        if (!problems.has("plannedOn") && in.plannedOn() != null && child.dateOfBirth() != null
                && in.plannedOn().isBefore(child.dateOfBirth())) {
            problems.add("plannedOn", "The planned date must be after the child was born");
        }
        if (status == LifeStoryStatus.PLANNED && in.plannedOn() == null) {
            problems.add("plannedOn", "Enter when the work is planned for");
        }
        if (!problems.has("doneOn")) {
            if (status != null && status.done() && in.doneOn() == null) {
                problems.add("doneOn", "Enter the date it was " + (status == LifeStoryStatus.COMPLETE ? "completed"
                        : "shared with the child"));
            } else if (status != null && !status.done() && in.doneOn() != null) {
                problems.add("doneOn", "Leave the date done empty until the work is shared with the child or "
                        + "complete");
            } else if (in.doneOn() != null && in.doneOn().isAfter(today)) {
                problems.add("doneOn", "The date done must be today or in the past");
            } else if (in.doneOn() != null && child.dateOfBirth() != null
                    && in.doneOn().isBefore(child.dateOfBirth())) {
                problems.add("doneOn", "The date done must be after the child was born");
            }
        }
        String involvement = problems.optionalText(in.childInvolvement(), "childInvolvement", TEXT_MAX);
        String notes = problems.optionalText(in.notes(), "notes", TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return new LifeStoryRepository.Fields(kind, title, status, doneBy, in.plannedOn(), in.doneOn(), involvement,
                notes);
    }

    private void publish(UUID childId, UUID itemId, LifeStoryRepository.Fields f, CurrentUser user) {
        events.publishEvent(new LifeStoryWorkStatusChanged(childId, itemId, f.kind(), f.title(), f.status(),
                f.doneOn(), f.doneBy(), f.childInvolvement(), user.id()));
    }

    private static StaleEditException stale(int version) {
        return new StaleEditException("Someone else changed this life story work since you opened it", version);
    }

    private static RecordNotFoundException notFound(UUID itemId) {
        return new RecordNotFoundException("No life story work with id " + itemId + " for this child");
    }
}
