package org.hearth.demo;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Where a demo child lives during an episode, in 903 terms.
 *
 * @param type 903 PLACE
 * @param provider 903 PLACE_PROVIDER, null for temporary placements (903 rule 178)
 * @param carer the foster household or setting, or null (placed with parents, with adopters, or temporarily)
 * @param postcode 903 PL_POST
 * @param urn an Ofsted URN to record instead of the carer's own (XXXXXXX for adoption placements), or null
 */
record DemoPlacement(String type, String provider, DemoCarer carer, String postcode, String urn) {

    static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");

    boolean isTemporary() {
        return TEMPORARY.contains(type);
    }

    boolean isFoster() {
        return FOSTER.contains(type);
    }

    boolean isWithParents() {
        return "P1".equals(type);
    }

    UUID carerId() {
        return carer == null ? null : carer.id();
    }

    /** Whether the carer(s) stay the same: 903 RNE T or U rather than P or B. */
    boolean hasSameCarerAs(DemoPlacement other) {
        return carer != null && other.carer != null && carer.id().equals(other.carer.id());
    }

    /** The rules refuse a "change" of placement to the placement the child is already in. */
    boolean isSamePlacementAs(DemoPlacement other) {
        return Objects.equals(carerId(), other.carerId()) && type.equals(other.type)
                && Objects.equals(postcode, other.postcode);
    }

    /** The postcode to put on the command: only when there is no carer to take it from. */
    String postcodeToRecord() {
        return carer == null ? postcode : null;
    }
}
