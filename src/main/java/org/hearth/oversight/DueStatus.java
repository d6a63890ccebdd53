package org.hearth.oversight;

/** Where a due item stands today. */
public enum DueStatus {
    OVERDUE("Overdue"), DUE_SOON("Due soon"), NOT_YET_DUE("Not yet due");

    private final String label;

    DueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Overdue once the date has passed; due soon within the window before it; otherwise not yet due. */
    public static DueStatus of(java.time.LocalDate dueBy, java.time.LocalDate today, java.time.Period dueSoonWindow) {
        if (today.isAfter(dueBy)) {
            return OVERDUE;
        }
        return today.plus(dueSoonWindow).isBefore(dueBy) ? NOT_YET_DUE : DUE_SOON;
    }
}
