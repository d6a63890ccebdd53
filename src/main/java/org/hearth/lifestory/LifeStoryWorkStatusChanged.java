package org.hearth.lifestory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of life story work was shared with the child or completed (recorded so, or changed to it): a moment in the
 * child's life that the chronology records. Other status changes publish nothing.
 *
 * @param doneOn when it was shared or completed
 * @param childInvolvement what the child contributed, chose or said, if recorded
 */
public record LifeStoryWorkStatusChanged(UUID childId, UUID itemId, LifeStoryKind kind, String title,
        LifeStoryStatus status, LocalDate doneOn, String doneBy, String childInvolvement, UUID changedBy)
        implements Events {
}
