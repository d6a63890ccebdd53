package org.hearth.shared;

/** A record's version as an HTTP entity tag, and back: optimistic locking over the API. */
public final class ETags {

    private ETags() {
    }

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names (strong or weak form). */
    public static int version(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Integer.parseInt(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "If-Match must be the ETag the record was read with");
        }
    }
}
