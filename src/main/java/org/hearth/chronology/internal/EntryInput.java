package org.hearth.chronology.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A manual entry as the API and the pages submit it. Missing or wrong fields are refused by name.
 *
 * @param datePrecision DAY (default), MONTH or YEAR
 * @param actionTaken what was done, including "none"
 * @param impact impact on the child, or analysis
 * @param suitableToShare include in the young person's version (opt-in)
 * @param thirdPartyInformation holds third-party information
 */
public record EntryInput(LocalDate eventDate, DatePrecision datePrecision, LocalTime eventTime, Category category,
        Significance significance, String title, String description, String source, String actionTaken,
        String impact, Boolean suitableToShare, Boolean thirdPartyInformation) {
}
