package org.hearth.chronology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One version of an entry: what it said, who changed it, when and why. */
public record EntryVersion(int version, LocalDate eventDate, DatePrecision datePrecision, LocalTime eventTime,
        Category category, Significance significance, String title, String description, String source,
        String actionTaken, String impact, boolean suitableToShare, boolean thirdPartyInformation,
        boolean enteredInError, String changedBy, Instant changedAt, String changeKind, String changeReason) {

    public String eventDateText() {
        return datePrecision.format(eventDate) + (eventTime == null ? "" : ", " + eventTime);
    }

    public String changeLabel() {
        return switch (changeKind) {
            case "RECORDED" -> "Recorded";
            case "AMENDED" -> "Amended";
            case "SOURCE_CORRECTED" -> "Source record corrected";
            case "ENTERED_IN_ERROR" -> "Marked as entered in error";
            default -> changeKind;
        };
    }
}
