package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a caseload or search result.
 *
 * @param careStatus in care, care leaver, or not looked after
 */
public record ChildSummary(UUID id, String localChildId, String name, LocalDate dateOfBirth, boolean uasc,
        UUID responsibleTeamId, UUID allocatedWorkerId, CareStatus careStatus, String currentPlacement,
        LocalDate currentEpisodeStart) {
}
