package org.hearth.careleavers;

/** A red, amber or green rating. No national scheme exists (domain.md): the rules behind a suggestion are local. */
public enum Rating {
    RED("Red", "govuk-tag--red"), AMBER("Amber", "govuk-tag--orange"), GREEN("Green", "govuk-tag--green");

    private final String label;
    private final String tagClass;

    Rating(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String tagClass() {
        return tagClass;
    }

    /** The worse of two ratings (red is worst). */
    public Rating worse(Rating other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
