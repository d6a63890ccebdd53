package org.hearth.places;

import java.util.Optional;

/**
 * Facts about a postcode from the imported postcode directory and authority lookup, for other modules that work out
 * distances and authorities themselves (the 903 return's derived placement fields, issue 8).
 */
public interface PostcodeGrid {

    /**
     * Where the postcode is, or empty when the directory does not hold it (or it is not a postcode).
     */
    Optional<GridPlace> find(String postcode);

    /** Whether a postcode directory has been imported at all. */
    boolean available();

    /**
     * @param authorityCode the upper-tier authority over the postcode's district (E06..., E08..., E09..., E10...), or
     *                      SCO, WAL or NIR when the district is in Scotland, Wales or Northern Ireland (its code starts
     *                      S, W or N); null when the directory gives no district or the lookup does not know it
     * @param easting metres on the National Grid; null when the directory gives no grid reference
     */
    record GridPlace(String postcode, String authorityCode, Integer easting, Integer northing) {
    }
}
