package org.hearth.chronology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A chronology entry as it stands now, as the pages show it and the API returns it.
 *
 * @param eventDate when it happened; the first of the month or year when {@code datePrecision} says only that is
 *        known
 * @param sourceRecordLink the page of the record it came from, for automatic entries
 * @param siblingName set when this is a sibling's key event shown in line, not this child's own entry
 */
public record Entry(UUID id, UUID childId, LocalDate eventDate, DatePrecision datePrecision, LocalTime eventTime,
        Category category, Significance significance, String title, String description, String source,
        String actionTaken, String impact, boolean automatic, String sourceRecordType, UUID sourceRecordId,
        String sourceRecordLink, boolean suitableToShare, boolean thirdPartyInformation, boolean enteredInError,
        int version, String recordedBy, Instant recordedAt, String changedBy, Instant changedAt, String changeKind,
        String changeReason, String siblingName) {

    /** The date no more exactly than it is known, e.g. "March 2014". */
    public String eventDateText() {
        return datePrecision.format(eventDate) + (eventTime == null ? "" : ", " + eventTime);
    }

    public boolean keyEvent() {
        return significance == Significance.KEY_EVENT;
    }

    public boolean amended() {
        return version > 1;
    }

    public Entry asSiblings(String name) {
        return new Entry(id, childId, eventDate, datePrecision, eventTime, category, significance, title, description,
                source, actionTaken, impact, automatic, sourceRecordType, sourceRecordId, sourceRecordLink,
                suitableToShare, thirdPartyInformation, enteredInError, version, recordedBy, recordedAt, changedBy,
                changedAt, changeKind, changeReason, name);
    }
}
