package org.hearth.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Any supervision session was recorded (for the drift engine's supervision due item, which is about the worker). */
public record SupervisionSessionRecorded(UUID sessionId, SupervisionKind kind, LocalDate date, UUID supervisorId,
        UUID superviseeId, List<UUID> childIds, boolean reflectiveRecorded) {

    public SupervisionSessionRecorded {
        childIds = List.copyOf(childIds);
    }
}
