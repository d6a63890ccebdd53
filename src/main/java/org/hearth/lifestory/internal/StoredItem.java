package org.hearth.lifestory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.lifestory.LifeStoryKind;
import org.hearth.lifestory.LifeStoryStatus;

/** A piece of life story work as stored, with its attachments still on it (metadata only, never the bytes). */
public record StoredItem(UUID id, UUID childId, LifeStoryKind kind, String title, LifeStoryStatus status,
        String doneBy, LocalDate plannedOn, LocalDate doneOn, String childInvolvement, String notes, int version,
        UUID createdBy, Instant createdAt, UUID changedBy, Instant changedAt, List<AttachmentInfo> attachments) {

    /** An attachment's facts, without its bytes. */
    public record AttachmentInfo(UUID id, UUID itemId, String fileName, String mediaType, int sizeBytes,
            Integer width, Integer height, boolean hasThumbnail, String description, UUID uploadedBy,
            Instant uploadedAt) {

        public boolean image() {
            return mediaType.startsWith("image/");
        }

        /** e.g. "240 KB" or "1.2 MB". */
        public String sizeText() {
            return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
                    : String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / 1048576.0);
        }
    }

    /** The bytes of an attachment (or of its thumbnail), to serve. */
    public record Content(AttachmentInfo info, String mediaType, byte[] bytes) {
    }

    public StoredItem withAttachments(List<AttachmentInfo> list) {
        return new StoredItem(id, childId, kind, title, status, doneBy, plannedOn, doneOn, childInvolvement, notes,
                version, createdBy, createdAt, changedBy, changedAt, list);
    }

    public java.util.Optional<AttachmentInfo> attachment(UUID attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }
}
