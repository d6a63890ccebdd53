package org.hearth.practice.internal;

/** How a field of an activity is typed, checked, stored (as JSON) and asked for on a page. */
public enum FieldType {
    /** One of a fixed list (radios); stored as the value's name. */
    CHOICE,
    /** A 903 code valid on the activity's date (a select); stored as the code. */
    CODE,
    /** Yes or no (radios); stored as a JSON boolean, "true" or "false" as text. */
    YES_NO,
    /** A whole number within limits; stored as a JSON number. */
    WHOLE_NUMBER,
    /** A line of text. */
    TEXT,
    /** Paragraphs of text (a textarea). */
    LONG_TEXT
}
