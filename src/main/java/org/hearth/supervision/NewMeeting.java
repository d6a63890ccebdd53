package org.hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting for a bulk load. */
public record NewMeeting(UUID childId, UUID teamId, LocalDate date, MeetingKind kind, String attendees,
        Participation participation) {
}
