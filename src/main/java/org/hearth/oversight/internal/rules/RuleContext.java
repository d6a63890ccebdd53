package org.hearth.oversight.internal.rules;

import org.hearth.calendar.BankHolidayCalendar;
import org.hearth.oversight.internal.Timescales;

/** What every rule needs besides the child's record: the timescales in force and the bank holidays known. */
public record RuleContext(Timescales timescales, BankHolidayCalendar calendar) {
}
