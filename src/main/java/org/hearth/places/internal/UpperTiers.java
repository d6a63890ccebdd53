package org.hearth.places.internal;

import java.util.function.UnaryOperator;

/**
 * The upper-tier authority over a postcode's district, as the open validator derives the 903's PL_LA (docs/903.md
 * section 1.3): the nations outside England by name, English districts by the authority lookup. One rule for the
 * imported directory ({@link PostcodeGridService}) and the directory read from a file ({@link PostcodeFileReader}).
 */
final class UpperTiers {

    private UpperTiers() {
    }

    /**
     * @param district the directory's district code (oslaua), or null
     * @param lookup the upper tier over an English district, or null when the lookup does not know it
     * @return SCO, WAL or NIR outside England; the lookup's answer in England; null without a district
     */
    static String of(String district, UnaryOperator<String> lookup) {
        if (district == null || district.isEmpty()) {
            return null;
        }
        switch (district.charAt(0)) {
            case 'S':
                return "SCO";
            case 'W':
                return "WAL";
            case 'N':
                return "NIR";
            default:
                return lookup.apply(district);
        }
    }
}
