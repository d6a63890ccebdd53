package org.hearth.chronology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An entry made from another module's event.
 *
 * @param originKey the event it came from, so a redelivered event adds nothing
 */
record AutomaticEntry(String originKey, UUID childId, LocalDate eventDate, LocalTime eventTime, Category category,
        Significance significance, String title, String description, String source, String sourceRecordType,
        UUID sourceRecordId, UUID recordedBy, String recordedByName, Instant recordedAt) {
}
