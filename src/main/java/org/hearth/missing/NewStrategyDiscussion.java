package org.hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A strategy discussion about a child's missing episodes, loaded in bulk (demo data). Like one recorded on the page, it
 * answers the prompt for every episode that started on or before {@code heldOn} ({@link MissingPatterns}).
 *
 * @param nextSteps null when none were recorded
 */
public record NewStrategyDiscussion(UUID childId, LocalDate heldOn, String attendees, String decision,
        String nextSteps) {
}
