package org.hearth.calendar.internal;

import java.time.LocalDate;

public record BankHoliday(LocalDate date, String title) {
}
