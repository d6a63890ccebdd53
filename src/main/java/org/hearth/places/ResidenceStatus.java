package org.hearth.places;

/** What Hearth can tell from a postcode about where a young person lives. Unknown is said, never guessed. */
public enum ResidenceStatus {
    /** No postcode recorded. */
    NO_POSTCODE,
    /** The postcode is not in the postcode directory (mistyped, too new, or not a postcode). */
    UNKNOWN_POSTCODE,
    /** The postcode is known but ONS gives it no district, or a district Hearth cannot place in an authority. */
    NO_AUTHORITY,
    /** In Wales, Scotland, Northern Ireland, the Channel Islands or the Isle of Man: no English authority's contacts. */
    OUTSIDE_ENGLAND,
    /** In the council's own area or a neighbour's. */
    IN_HOME_AREA,
    /** In another English authority. */
    OUT_OF_AREA
}
