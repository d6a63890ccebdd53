package org.hearth.children.internal;

import java.util.UUID;

/** Where a child is placed: 903 PLACE, PLACE_PROVIDER, PL_POST and URN, and the carer. */
record Placement(String place, String provider, UUID carerId, String postcode, String urn) {
}
