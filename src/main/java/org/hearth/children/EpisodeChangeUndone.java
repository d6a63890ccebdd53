package org.hearth.children;

import java.util.UUID;

/**
 * The latest change to a child's episodes was undone because it was recorded in error.
 *
 * @param removedEpisodeId the episode the change had opened, now removed (null when undoing an end of care)
 * @param reopenedEpisodeId the episode the change had closed, open again (null when undoing a start of care)
 * @param reason why it was undone
 */
public record EpisodeChangeUndone(UUID childId, UUID removedEpisodeId, UUID reopenedEpisodeId, String reason,
        UUID undoneBy) implements Events {
}
