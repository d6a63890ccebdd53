package org.hearth.children;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules need to reason about a child's care over time: who holds the case, the date of birth, and every
 * episode in date order (carer names filled in).
 */
public record CareHistory(UUID childId, LocalDate dateOfBirth, UUID responsibleTeamId, UUID allocatedWorkerId,
        List<EpisodeView> episodes) {

    public CareHistory {
        episodes = List.copyOf(episodes);
    }
}
