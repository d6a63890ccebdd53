package org.hearth.supervision;

/**
 * How the child took part in a meeting, on the scale of the 903 Reviews REVIEW_CODE (../shared/docs/903.md, section
 * 2.3): for a looked-after review the code is the REVIEW_CODE itself; other meetings use the same scale so that
 * participation reads the same everywhere.
 */
public enum Participation {
    PN0("Child under 4", false),
    PN1("Attended and spoke for themselves", true),
    PN2("Attended, an advocate or the IRO spoke for them", true),
    PN3("Attended and conveyed their views non-verbally", true),
    PN4("Attended but did not contribute", true),
    PN5("Did not attend, briefed an advocate or the IRO", true),
    PN6("Did not attend, gave their views another way (written, phone, video, app)", true),
    PN7("Did not take part and their views were not conveyed", false);

    private final String label;
    private final boolean tookPart;

    Participation(String label, boolean tookPart) {
        this.label = label;
        this.tookPart = tookPart;
    }

    public String label() {
        return label;
    }

    /** The 903 REVIEW_CODE. */
    public String reviewCode() {
        return name();
    }

    /** Whether the child took part in any way (attended, or their views reached the meeting). */
    public boolean tookPart() {
        return tookPart;
    }

    /** Under 4: left out of the share without participation, as the 903 return counts them apart. */
    public boolean underFour() {
        return this == PN0;
    }
}
