package org.hearth.places;

/**
 * Where a postcode is.
 *
 * @param postcode the postcode as given
 * @param status what is known
 * @param authority the upper-tier authority, null unless known
 * @param milesFromHome straight-line miles from the home authority's centroid, null unless known
 */
public record Residence(String postcode, ResidenceStatus status, LocalAuthority authority, Double milesFromHome) {

    /** Living outside the council and its neighbours: in another English authority or outside England. */
    public boolean outOfArea() {
        return status == ResidenceStatus.OUT_OF_AREA || status == ResidenceStatus.OUTSIDE_ENGLAND;
    }
}
