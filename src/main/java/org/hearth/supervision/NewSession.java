package org.hearth.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A supervision session for a bulk load (demo and stress data; later, imports from a previous system).
 *
 * @param childIds the child of a case supervision, or the children discussed in a one-to-one
 * @param teamId the team the session counts for
 */
public record NewSession(SupervisionKind kind, LocalDate date, int durationMinutes, UUID supervisorId,
        UUID superviseeId, UUID teamId, ReflectiveModel model, Map<String, String> sections, Integer scale,
        List<UUID> childIds) {

    public NewSession {
        sections = Map.copyOf(sections);
        childIds = List.copyOf(childIds);
    }
}
