package org.hearth.children.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Format checks for the identifiers a child's record carries. */
final class Identifiers {

    /**
     * UPN: a letter other than I, O or S, then 11 digits, then a digit or a letter (903 rule 168), or UN1-UN5 when
     * the child has none (903.md 2.1).
     */
    private static final Pattern UPN = Pattern.compile("([A-HJ-NP-RT-Z][0-9]{11}[0-9A-Z]|UN[1-5])");

    /** UK postcode, outward and inward parts. */
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");

    private static final Pattern LOCAL_CHILD_ID = Pattern.compile("[A-Za-z0-9]{1,20}");

    private Identifiers() {
    }

    static boolean isUpn(String upn) {
        return UPN.matcher(upn).matches();
    }

    /**
     * NHS number: ten digits, the last a modulus 11 check digit over the first nine weighted 10 down to 2; a
     * remainder giving check digit 10 means the number is invalid.
     */
    static boolean isNhsNumber(String number) {
        if (!number.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (number.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == number.charAt(9) - '0';
    }

    /** The NHS number without the spaces people type ("943 476 5919"). */
    static String normaliseNhsNumber(String number) {
        return number.replaceAll("[\\s-]", "");
    }

    static boolean isLocalChildId(String id) {
        return LOCAL_CHILD_ID.matcher(id).matches();
    }

    /** "lu5 4qq" and "LU54QQ" become "LU5 4QQ"; null when it is not a postcode. */
    static String normalisePostcode(String postcode) {
        var matcher = POSTCODE.matcher(postcode.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : null;
    }

    /** Ofsted URN: SC and six digits, seven digits for newer registrations, or XXXXXXX (903.md 2.2). */
    static boolean isOfstedUrn(String urn) {
        return urn.matches("SC[0-9]{6}|[0-9]{7}|XXXXXXX");
    }
}
