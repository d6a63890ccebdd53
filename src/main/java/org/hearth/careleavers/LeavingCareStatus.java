package org.hearth.careleavers;

import java.time.LocalDate;

/**
 * One recorded leaving care status as the 903 OC3 table reads it (docs/903.md section 2.6): in touch (IN_TOUCH),
 * main activity (ACTIV) or accommodation (ACCOM), the 903 code and the date it applies from.
 *
 * @param kind IN_TOUCH, ACTIVITY or ACCOMMODATION
 */
public record LeavingCareStatus(String kind, String code, LocalDate from) {
}
