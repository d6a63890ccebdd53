package org.hearth.demo;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Identifiers for demo children that pass Hearth's format checks but can never be a real child's: NHS numbers from
 * the 999 range the NHS keeps for testing, and UPNs under local authority number 999, which DfE has not allocated.
 * Each is issued once.
 */
final class SyntheticIdentifiers {

    /** The UPN check letter for each remainder modulo 23 (DfE's UPN guide): no I, O or S. */
    private static final String UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final Random random;
    /** Membership only, never iterated. */
    private final Set<String> issued = new HashSet<>();
    private int nextLocalChildNumber;

    SyntheticIdentifiers(Random random) {
        this.random = random;
        this.nextLocalChildNumber = 100_000 + random.nextInt(50_000);
    }

    /**
     * The council's child identifier: "CB" and six digits, rising with small random gaps so that they look issued
     * over time; 30,000 children use well under the 850,000 numbers left.
     */
    String localChildId() {
        nextLocalChildNumber += 1 + random.nextInt(20);
        if (nextLocalChildNumber > 999_999) {
            throw new IllegalStateException("Ran out of six-digit local child IDs");
        }
        return "CB" + nextLocalChildNumber;
    }

    /** A ten-digit NHS number starting 999 whose last digit is the modulus 11 check digit. */
    String nhsNumber() {
        while (true) {
            String first9 = "999" + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first9.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            // A check digit of 10 means no valid number has these nine digits.
            if (check != 10 && issued.add(first9 + check)) {
                return first9 + check;
            }
        }
    }

    /**
     * A permanent UPN: check letter, LA number, a four-digit school number, the two-digit year it was issued and a
     * three-digit serial, with the check letter computed as the DfE guide says (weights 2-13, modulo 23).
     *
     * @param yearIssued the year the child started school
     */
    String upn(int yearIssued) {
        while (true) {
            String digits = "999" + String.format(Locale.ROOT, "%04d%02d%03d", 2000 + random.nextInt(5000),
                    yearIssued % 100, random.nextInt(1000));
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                sum += (digits.charAt(i) - '0') * (i + 2);
            }
            String upn = UPN_CHECK_LETTERS.charAt(sum % 23) + digits;
            if (issued.add(upn)) {
                return upn;
            }
        }
    }

    /** An Ofsted URN, "SC" and six digits, not issued before. */
    String ofstedSocialCareUrn() {
        while (true) {
            String urn = "SC" + (100_000 + random.nextInt(900_000));
            if (issued.add(urn)) {
                return urn;
            }
        }
    }

    /** An Ofsted URN in the seven-digit form used for newer registrations, not issued before. */
    String ofstedSevenDigitUrn() {
        while (true) {
            String urn = String.valueOf(2_500_000 + random.nextInt(500_000));
            if (issued.add(urn)) {
                return urn;
            }
        }
    }
}
