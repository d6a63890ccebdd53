package org.hearth.policy;

/** What kind of value a setting holds, which decides how it is typed in and checked. */
public enum PolicyType {
    /** A period in calendar days, weeks or months, written as ISO-8601, e.g. P7D, P6W, P3M. */
    PERIOD,
    /** A number of working days (weekends and England and Wales bank holidays excluded). */
    WORKING_DAYS,
    /** A number of hours. */
    HOURS,
    /** A whole number, such as a count of episodes. */
    INTEGER,
    /** Wording shown to users. */
    TEXT,
    /**
     * A page of content (the leaving care offer, the complaints process), written in a small part of Markdown:
     * paragraphs, {@code ##} headings, {@code -} lists, {@code **bold**} and links. Raw HTML is shown as text.
     */
    DOCUMENT
}
