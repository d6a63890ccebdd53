package org.hearth.missing;

/** Where a National Transfer Scheme referral stands. */
public enum TransferOutcome {
    PENDING("Waiting for transfer"), TRANSFERRED("Transferred"), NOT_TRANSFERRED("Not transferred");

    private final String label;

    TransferOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
