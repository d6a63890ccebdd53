package org.hearth.children.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A stored 903 episode. */
record Episode(UUID id, LocalDate decom, String rne, String ls, String cin, String place, String placeProvider,
        UUID carerId, String plPost, String urn, String homePost, LocalDate dec, String rec,
        String reasonPlaceChange) {

    static Episode open(LocalDate decom, String rne, String ls, String cin, Placement placement, String homePost) {
        return new Episode(UUID.randomUUID(), decom, rne, ls, cin, placement.place(), placement.provider(),
                placement.carerId(), placement.postcode(), placement.urn(), homePost, null, null, null);
    }

    boolean isOpen() {
        return dec == null;
    }

    Placement placement() {
        return new Placement(place, placeProvider, carerId, plPost, urn);
    }

    Episode reopen() {
        return new Episode(id, decom, rne, ls, cin, place, placeProvider, carerId, plPost, urn, homePost, null, null,
                null);
    }

    Episode close(LocalDate on, String reasonCeased, String reasonForPlaceChange) {
        return new Episode(id, decom, rne, ls, cin, place, placeProvider, carerId, plPost, urn, homePost, on,
                reasonCeased, reasonForPlaceChange);
    }
}
