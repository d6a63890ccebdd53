package org.hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/** A strategy discussion about the child's missing episodes was held and its decision recorded. */
public record MissingStrategyDiscussionRecorded(UUID childId, UUID discussionId, LocalDate heldOn, String attendees,
        String decision, String nextSteps, UUID recordedBy) implements Events {
}
