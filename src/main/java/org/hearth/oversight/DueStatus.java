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
}
