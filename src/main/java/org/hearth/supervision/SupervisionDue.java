package org.hearth.supervision;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the drift engine needs to work out when a worker's next supervision is due: the standard interval
 * ({@code timescale.supervision.interval}) after the last one-to-one, or the newly-qualified schedule (weekly, then
 * fortnightly: {@code timescale.supervision.newly-qualified-weekly-for} and
 * {@code timescale.supervision.newly-qualified-fortnightly-until}) from {@code newlyQualifiedSince}.
 *
 * @param workerId a social worker or personal adviser who holds a caseload
 * @param teamIds their teams (whose managers supervise them)
 * @param lastSessionDate their latest one-to-one supervision as supervisee, or null if none is recorded
 * @param newlyQualifiedSince when they started practice as newly qualified, or null when not newly qualified
 */
public record SupervisionDue(UUID workerId, Set<UUID> teamIds, LocalDate lastSessionDate,
        LocalDate newlyQualifiedSince) {

    public SupervisionDue {
        teamIds = Set.copyOf(teamIds);
    }
}
