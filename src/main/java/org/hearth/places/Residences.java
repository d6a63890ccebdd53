package org.hearth.places;

import java.util.Collection;
import java.util.Map;

/** Where postcodes are, by the postcode directory and today's home area. */
public interface Residences {

    /** Where this postcode is, by today's home area. */
    Residence of(String postcode);

    /** Many at once (a cohort): keyed by each postcode string exactly as given; nulls and blanks are NO_POSTCODE. */
    Map<String, Residence> ofAll(Collection<String> postcodes);

    /** The council and its neighbours, by today's setting. */
    HomeArea homeArea();
}
