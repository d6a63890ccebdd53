package org.hearth.children;

/** How a foster household is approved. */
public enum ApprovalType {
    CONNECTED_PERSON("Connected person"), MAINSTREAM("Mainstream (council foster carers)"),
    AGENCY("Independent fostering agency");

    private final String label;

    ApprovalType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
