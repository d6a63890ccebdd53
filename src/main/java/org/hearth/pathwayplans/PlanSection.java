package org.hearth.pathwayplans;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a pathway plan (issue 6, following the areas the Care Leavers Regulations 2010 schedule 1 asks a
 * pathway plan to cover), each with a heading written for the young person to read too.
 */
public enum PlanSection {
    ACCOMMODATION("Accommodation", "Where you live", "accommodation"),
    EDUCATION_TRAINING_EMPLOYMENT("Education, training and employment", "Education, training and work",
            "education-training-employment"),
    HEALTH("Health", "Your health and wellbeing", "health"),
    MONEY("Money", "Money", "money"),
    FAMILY_AND_RELATIONSHIPS("Family and relationships", "Family, friends and relationships",
            "family-and-relationships"),
    IDENTITY("Identity", "Who you are", "identity"),
    PRACTICAL_SKILLS("Practical skills", "Skills for living on your own", "practical-skills"),
    CONTINGENCY("Contingency", "If things don't go to plan", "contingency");

    private final String label;
    private final String heading;
    private final String slug;

    PlanSection(String label, String heading, String slug) {
        this.label = label;
        this.heading = heading;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    /** The section's heading in the young person's words. */
    public String heading() {
        return heading;
    }

    /** Its part of a page address, e.g. {@code education-training-employment}. */
    public String slug() {
        return slug;
    }

    public static Optional<PlanSection> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug) || s.name().equals(slug)).findFirst();
    }
}
