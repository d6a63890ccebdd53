package org.hearth.lifestory;

/** The kinds of life story work (issue 7). */
public enum LifeStoryKind {
    LIFE_STORY_BOOK("Life story book"), LATER_LIFE_LETTER("Later-life letter"), MEMORY_BOX("Memory box"),
    DIRECT_WORK_SESSION("Direct work session");

    private final String label;

    LifeStoryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
