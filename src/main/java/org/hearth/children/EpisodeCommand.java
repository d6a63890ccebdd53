package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An episode command as the API and the pages submit it. Which fields are needed depends on the type; the
 * service says which are missing or wrong, by name.
 *
 * @param type what is being recorded
 * @param date the day it happened (903 DECOM of the new episode, DEC of the one it closes)
 * @param legalStatus 903 LS (start care, legal status changes)
 * @param categoryOfNeed 903 CIN (start care only: it holds for the whole period)
 * @param placementType 903 PLACE
 * @param placementProvider 903 PLACE_PROVIDER
 * @param carerId the foster household or setting, if any
 * @param placementPostcode 903 PL_POST; defaults to the carer's postcode
 * @param urn 903 URN; defaults to the carer's Ofsted URN
 * @param reasonForPlacementChange 903 REASON_PLACE_CHANGE, recorded on the closing episode
 * @param reasonEpisodeCeased 903 REC for ending care (anything but X1)
 */
public record EpisodeCommand(EpisodeCommandType type, LocalDate date, String legalStatus, String categoryOfNeed,
        String placementType, String placementProvider, UUID carerId, String placementPostcode, String urn,
        String reasonForPlacementChange, String reasonEpisodeCeased) {
}
