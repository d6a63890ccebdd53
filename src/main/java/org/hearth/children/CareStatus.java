package org.hearth.children;

/**
 * Where a child stands now. A care leaver left care aged 16 or over and is not yet 25 (the council supports care
 * leavers to 25: Children and Social Work Act 2017 s3); the detailed categories (eligible, relevant, former relevant)
 * come with the care leavers work.
 */
public enum CareStatus {
    IN_CARE("In care"), CARE_LEAVER("Care leaver"), NOT_LOOKED_AFTER("Not looked after");

    private final String label;

    CareStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
