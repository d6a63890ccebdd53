package org.hearth.returns.internal.check;

import org.hearth.places.PostcodeGrid;
import org.hearth.places.Residences;
import org.hearth.returns.internal.validation.PostcodeFacts;
import org.springframework.stereotype.Component;

/**
 * In the app, the return's derived placement fields come from the postcode directory the places module imported
 * (issue 6), and the submitting authority is the council Hearth is set up for (its home area).
 */
@Component
public class DirectoryPostcodes implements PostcodeFacts {

    private final PostcodeGrid grid;
    private final Residences residences;

    DirectoryPostcodes(PostcodeGrid grid, Residences residences) {
        this.grid = grid;
        this.residences = residences;
    }

    @Override
    public Place find(String postcode) {
        return placeIn(grid, postcode);
    }

    /**
     * The facts over any postcode grid: the command line's is the directory file given with --postcodes
     * ({@link org.hearth.places.PostcodeDirectoryFile}), read without Spring.
     */
    public static PostcodeFacts over(PostcodeGrid grid) {
        return new PostcodeFacts() {
            @Override
            public Place find(String postcode) {
                return placeIn(grid, postcode);
            }

            @Override
            public boolean available() {
                return grid.available();
            }
        };
    }

    private static Place placeIn(PostcodeGrid grid, String postcode) {
        return grid.find(postcode).map(place -> new Place(place.authorityCode(),
                place.easting() == null ? Integer.MIN_VALUE : place.easting(),
                place.northing() == null ? Integer.MIN_VALUE : place.northing())).orElse(null);
    }

    @Override
    public boolean available() {
        return grid.available();
    }

    /** The council's own upper-tier code (E-code), for PL_LOCATION. */
    public String councilAuthority() {
        return residences.homeArea().council().code();
    }
}
