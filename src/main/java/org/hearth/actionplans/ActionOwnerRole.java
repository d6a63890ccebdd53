package org.hearth.actionplans;

/** Who owns an action (issue 6: key worker, youth support worker, personal adviser, partner). */
public enum ActionOwnerRole {
    KEY_WORKER("Key worker"), YOUTH_SUPPORT_WORKER("Youth support worker"), PERSONAL_ADVISER("Personal adviser"),
    PARTNER("Partner agency");

    private final String label;

    ActionOwnerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
