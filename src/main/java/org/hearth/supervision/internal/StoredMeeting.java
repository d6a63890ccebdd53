package org.hearth.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.supervision.MeetingKind;
import org.hearth.supervision.Participation;

/** A meeting as stored. */
public record StoredMeeting(UUID id, UUID childId, LocalDate date, MeetingKind kind, String kindOther,
        String attendees, Participation participation, String notes, UUID teamId, UUID recordedBy,
        Instant recordedAt) {

    /** The kind in words: the typed name for "other". */
    public String kindLabel() {
        return kind == MeetingKind.OTHER ? kindOther : kind.label();
    }

    /** The 903 REVIEW_CODE when the meeting is a looked-after review, else null. */
    public String reviewCode() {
        return kind == MeetingKind.REVIEW ? participation.reviewCode() : null;
    }
}
