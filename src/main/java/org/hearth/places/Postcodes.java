package org.hearth.places;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * UK postcodes as the ONS Postcode Directory writes them (pcds): upper case, one space before the three-character
 * inward code. The outward code is two to four characters starting with a letter (the directory also holds old
 * three-letter forms such as "NPT 9SY").
 */
public final class Postcodes {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{1,3} [0-9][A-Z]{2}");

    private Postcodes() {
    }

    /**
     * The postcode in directory form, or null when it cannot be a postcode. Case and spacing are forgiven
     * ("lu54qq", " LU5  4QQ "); nothing else is corrected.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder compact = new StringBuilder(8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00a0') {
                continue;
            }
            compact.append(c);
        }
        if (compact.length() < 5 || compact.length() > 7) {
            return null;
        }
        String upper = compact.toString().toUpperCase(Locale.ROOT);
        String formed = upper.substring(0, upper.length() - 3) + " " + upper.substring(upper.length() - 3);
        return SHAPE.matcher(formed).matches() ? formed : null;
    }

    /**
     * A number standing for a postcode (already normalised), for compact in-memory indexes: base 37 over the
     * characters without the space, no digit zero, so different postcodes never share a number. -1 when it is
     * not a postcode.
     */
    public static long key(String normalised) {
        if (normalised == null) {
            return -1;
        }
        long key = 0;
        int length = normalised.length();
        int characters = 0;
        for (int i = 0; i < length; i++) {
            char c = normalised.charAt(i);
            int digit;
            if (c == ' ') {
                continue;
            } else if (c >= '0' && c <= '9') {
                digit = 1 + (c - '0');
            } else if (c >= 'A' && c <= 'Z') {
                digit = 11 + (c - 'A');
            } else {
                return -1;
            }
            key = key * 37 + digit;
            characters++;
        }
        return characters >= 5 && characters <= 7 ? key : -1;
    }

    /** The key of any text that normalises to a postcode, without making strings on the way: for bulk lookups. */
    public static long keyOf(String text) {
        if (text == null) {
            return -1;
        }
        // fast path: already in directory form
        int length = text.length();
        if (length >= 6 && length <= 8 && text.charAt(length - 4) == ' ') {
            boolean plain = true;
            for (int i = 0; i < length && plain; i++) {
                char c = text.charAt(i);
                plain = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == ' ' && i == length - 4);
            }
            if (plain && isShaped(text)) {
                return key(text);
            }
        }
        return key(normalise(text));
    }

    private static boolean isShaped(String formed) {
        int length = formed.length();
        char first = formed.charAt(0);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        char n = formed.charAt(length - 3);
        return n >= '0' && n <= '9' && isLetter(formed.charAt(length - 2)) && isLetter(formed.charAt(length - 1));
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
