package org.hearth.oversight;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * Something due for a child, with when and why: "Social worker visit, due by 24 Oct 2026: last visit 12 Sep 2026;
 * placement in its first year; visits at most 6 weeks apart (CPPCR reg 28(2)(b))".
 *
 * @param dueBy the last day it is in time
 * @param why the facts and the rule behind the date, in words
 * @param dateCertain false when the date counts working days into a year whose bank holidays Hearth does not know
 * @param recordPath where in Hearth to record it
 */
public record DueItem(UUID childId, DueKind kind, LocalDate dueBy, String why, boolean dateCertain,
        String recordPath) {

    public DueStatus statusOn(LocalDate today, Period dueSoonWindow) {
        return DueStatus.of(dueBy, today, dueSoonWindow);
    }
}
