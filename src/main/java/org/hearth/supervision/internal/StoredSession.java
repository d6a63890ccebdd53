package org.hearth.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.supervision.ReflectiveModel;
import org.hearth.supervision.SupervisionKind;

/** A supervision session as stored, with the children discussed. */
public record StoredSession(UUID id, SupervisionKind kind, UUID childId, LocalDate date, int durationMinutes,
        UUID supervisorId, UUID superviseeId, UUID teamId, ReflectiveModel model, Map<String, String> sections,
        Integer scale, int fewestWords, int minimumWords, boolean reflectiveRecorded, List<UUID> childIds,
        UUID recordedBy, Instant recordedAt) {

    public String section(String name) {
        return sections.getOrDefault(name, "");
    }
}
