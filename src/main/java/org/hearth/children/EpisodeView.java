package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/** One SSDA903 episode of care, with the carer's name for display. */
public record EpisodeView(UUID id, LocalDate decom, String rne, String ls, String cin, String place,
        String placeProvider, UUID carerId, String carerName, String plPost, String urn, String homePost,
        LocalDate dec, String rec, String reasonPlaceChange) {

    public boolean open() {
        return dec == null;
    }
}
