package org.hearth.lifestory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A piece of life story work for a bulk load (demo and stress data), with its photos.
 *
 * @param photos PNG or JPEG images, checked and re-encoded as an upload would be
 */
public record NewLifeStoryItem(UUID childId, LifeStoryKind kind, String title, LifeStoryStatus status, String doneBy,
        LocalDate plannedOn, LocalDate doneOn, String childInvolvement, String notes, UUID createdBy,
        List<Photo> photos) {

    public record Photo(String fileName, String description, byte[] bytes) {
    }
}
