package org.hearth.supervision;

/** Case supervision of one child, or a worker's one-to-one supervision. */
public enum SupervisionKind {
    CASE("Case supervision"),
    ONE_TO_ONE("One-to-one supervision");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
