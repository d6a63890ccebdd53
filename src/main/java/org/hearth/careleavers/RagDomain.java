package org.hearth.careleavers;

/** The two things each young person is rated on (issue 6). */
public enum RagDomain {
    EET("Education, employment and training"),
    PERSONAL_CIRCUMSTANCES("Personal circumstances");

    private final String label;

    RagDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
