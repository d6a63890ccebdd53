package org.hearth.chronology.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A correction to an entry, with the reason. Fields left out (null) keep their value. The facts of an automatic entry
 * come from its source record, so only the worker's own parts (action, analysis, significance, sharing flags) may be
 * amended there; correct the source record to correct the facts.
 *
 * @param enteredInError true to mark the entry as entered in error (hidden by default, kept in history and exports)
 */
public record Amendment(String reason, LocalDate eventDate, DatePrecision datePrecision, LocalTime eventTime,
        Category category, Significance significance, String title, String description, String source,
        String actionTaken, String impact, Boolean suitableToShare, Boolean thirdPartyInformation,
        Boolean enteredInError) {
}
