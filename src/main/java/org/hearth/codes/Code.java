package org.hearth.codes;

/** A code and what it means. */
public record Code(String code, String description) {

    /** "C2 – Full care order", for option lists. */
    public String label() {
        return code + " – " + description;
    }
}
