package org.hearth.chronology.internal;

/** What a chronology entry is about (issue 4). */
public enum Category {
    CARE_AND_PLACEMENT("Care and placement"), LEGAL("Legal"), HEALTH("Health"), EDUCATION("Education"),
    FAMILY_AND_RELATIONSHIPS("Family and relationships"), SAFEGUARDING_AND_RISK("Safeguarding and risk"),
    MISSING("Missing"), MEETINGS_AND_REVIEWS("Meetings and reviews"), DECISIONS("Decisions"),
    LIFE_STORY("Life story"), ACHIEVEMENT("Achievement"), OTHER("Other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
