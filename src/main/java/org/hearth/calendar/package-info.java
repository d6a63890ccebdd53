/**
 * Working days: weekends and England and Wales bank holidays excluded (../shared/docs/domain.md, "Working days").
 * Hearth keeps its own list of bank holidays, imports updates in the GOV.UK {@code bank-holidays.json} format, and
 * says so when a calculation reaches a year the list does not cover.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.hearth.calendar;
