package org.hearth.missing;

/** The risk to the child at the time of a missing episode. */
public enum RiskLevel {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
