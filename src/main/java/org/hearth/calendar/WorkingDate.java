package org.hearth.calendar;

import java.time.LocalDate;

/**
 * A date worked out in working days.
 *
 * @param holidaysKnown false when the calculation ran into a year whose bank holidays Hearth does not know: the
 *     date assumes none, and whoever shows it should say so
 */
public record WorkingDate(LocalDate date, boolean holidaysKnown) {
}
