package org.hearth.demo;

import java.util.UUID;

import org.hearth.children.Carer;

/**
 * A foster household or setting in the demo register, with what the generator needs to place a child there.
 *
 * @param carer the record registered through {@link org.hearth.children.Carers}
 * @param provision what kind of care it gives, which decides the 903 placement types it takes
 * @param placementProvider the 903 PLACE_PROVIDER for placements with it
 */
public record DemoCarer(Carer carer, Provision provision, String placementProvider) {

    /** The kinds of care the demo register holds. */
    public enum Provision {
        /** Family and friends (connected person) foster carers: 903 U1-U3. */
        CONNECTED_PERSONS,
        /** The council's own foster carers: U4-U6. */
        COUNCIL_FOSTER_CARERS,
        /** Foster carers approved by an independent fostering agency: U4-U6. */
        AGENCY_FOSTER_CARERS,
        /** Children's homes: K2. */
        CHILDRENS_HOME,
        /** Registered supported accommodation for 16 and 17 year olds: K3, or H5 before April 2024. */
        SUPPORTED_ACCOMMODATION,
        /** Residential schools: S1. */
        RESIDENTIAL_SCHOOL,
        /** Care homes registered with the CQC rather than Ofsted, for disabled young people: R1. */
        RESIDENTIAL_CARE_HOME
    }

    public UUID id() {
        return carer.id();
    }

    public String postcode() {
        return carer.postcode();
    }
}
