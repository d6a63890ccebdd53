package org.hearth.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's case was supervised (for the chronology: one entry with its decisions).
 *
 * @param date when the session took place
 * @param reflectiveRecorded whether every reflective section met the minimum
 * @param decisions one line per action or decision made, e.g. "Arrange life story work (owner Sam Jones, by 10 Dec
 *        2026)"
 */
public record CaseSupervisionRecorded(UUID childId, UUID sessionId, LocalDate date, UUID supervisorId,
        UUID superviseeId, ReflectiveModel model, boolean reflectiveRecorded, List<String> decisions,
        UUID recordedBy) implements Events {

    public CaseSupervisionRecorded {
        decisions = List.copyOf(decisions);
    }
}
