package org.hearth.children;

/** The ways a period of care is recorded, each closing the open episode and opening the next in one step. */
public enum EpisodeCommandType {
    START_CARE("Start care"),
    CHANGE_PLACEMENT("Change placement"),
    CHANGE_LEGAL_STATUS("Change legal status"),
    CHANGE_LEGAL_STATUS_AND_PLACEMENT("Change legal status and placement"),
    END_CARE("End care");

    private final String label;

    EpisodeCommandType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean setsLegalStatus() {
        return this == START_CARE || this == CHANGE_LEGAL_STATUS || this == CHANGE_LEGAL_STATUS_AND_PLACEMENT;
    }

    public boolean setsPlacement() {
        return this == START_CARE || this == CHANGE_PLACEMENT || this == CHANGE_LEGAL_STATUS_AND_PLACEMENT;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<EpisodeCommandType> fromSlug(String slug) {
        for (EpisodeCommandType type : values()) {
            if (type.slug().equals(slug)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
