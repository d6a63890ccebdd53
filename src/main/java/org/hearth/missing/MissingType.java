package org.hearth.missing;

/** The 903 MISSING code (../shared/docs/903.md section 2.10; rule 1006 allows only these two). */
public enum MissingType {
    M("Missing (whereabouts unknown)"),
    A("Away from placement without authorisation (whereabouts known)");

    private final String label;

    MissingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
