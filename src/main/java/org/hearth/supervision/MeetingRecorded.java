package org.hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting about a child was recorded.
 *
 * @param kindLabel the kind in words (the typed name for "other")
 * @param summary one line for a chronology entry, e.g. "Strategy meeting – did not take part and views not conveyed"
 */
public record MeetingRecorded(UUID childId, UUID meetingId, LocalDate date, MeetingKind kind, String kindLabel,
        Participation participation, String summary, UUID recordedBy) implements Events {
}
