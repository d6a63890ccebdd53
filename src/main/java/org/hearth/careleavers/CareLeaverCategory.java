package org.hearth.careleavers;

/**
 * The Children (Leaving Care) Act 2000 categories, as the Care Leavers (England) Regulations 2010 define them
 * (../shared/docs/domain.md, glossary).
 */
public enum CareLeaverCategory {
    ELIGIBLE("Eligible", "16 or 17, looked after, in care at least 13 weeks since the 14th birthday, ending after 16"),
    RELEVANT("Relevant", "16 or 17, was eligible, has left care"),
    FORMER_RELEVANT("Former relevant", "18 to 25, was eligible or relevant"),
    QUALIFYING("Qualifying", "16 to 25, left care at or after 16 without becoming eligible (for example under 13 "
            + "weeks)"),
    NOT_YET_ELIGIBLE("Looked after, not yet eligible", "16 or 17, looked after, fewer than 13 weeks in care since the "
            + "14th birthday: qualifying if they leave care now"),
    NOT_A_CARE_LEAVER("Not a care leaver", "not looked after at or after 16, or under 16 or 25 and over");

    private final String label;
    private final String definition;

    CareLeaverCategory(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }
}
