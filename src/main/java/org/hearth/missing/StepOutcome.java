package org.hearth.missing;

/** How a trafficking protocol step was completed. REFERRED and NOT_REFERRED are the NRM step's decisions. */
public enum StepOutcome {
    DONE("Done"), NOT_APPLICABLE("Not applicable"), REFERRED("Referred to the NRM"),
    NOT_REFERRED("Not referred to the NRM");

    private final String label;

    StepOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
