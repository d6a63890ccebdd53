package org.hearth.access;

/** The roles a Hearth user can hold. A user may hold several. */
public enum Role {
    SOCIAL_WORKER("Social worker"),
    PERSONAL_ADVISER("Personal adviser"),
    TEAM_MANAGER("Team manager"),
    INDEPENDENT_REVIEWING_OFFICER("Independent reviewing officer"),
    HEAD_OF_SERVICE("Head of service"),
    PERFORMANCE_OFFICER("Performance officer"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
