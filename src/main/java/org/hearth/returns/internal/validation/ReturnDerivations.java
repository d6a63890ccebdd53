package org.hearth.returns.internal.validation;

import java.util.HashSet;
import java.util.Set;

import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;

/**
 * Fills the fields the rules read but the files do not carry (docs/903.md section 1.3): Header UASC from the UASC
 * table, and each episode's placement authority (PL_LA), in or out of the authority (PL_LOCATION) and distance from
 * home in miles (PL_DISTANCE) from the postcode directory. A field already given (an example, or XML's UASC) is kept.
 */
public final class ReturnDerivations {

    private ReturnDerivations() {
    }

    public static void derive(ReturnData data, PostcodeFacts postcodes, String localAuthority) {
        if (data == null) {
            return;
        }
        Set<String> uasc = new HashSet<>(data.byChild(ReturnTable.UASC).keySet());
        for (ReturnRow header : data.rows(ReturnTable.HEADER)) {
            if (header.isBlank("UASC")) {
                header.setDerived("UASC", uasc.contains(header.child()) ? "1" : "0");
            }
        }
        if (!postcodes.available()) {
            return;
        }
        for (ReturnRow episode : data.rows(ReturnTable.EPISODES)) {
            PostcodeFacts.Place placement = place(postcodes, episode.value("PL_POST"));
            if (placement != null && placement.authority() != null && episode.isBlank("PL_LA")) {
                episode.setDerived("PL_LA", placement.authority());
                if (localAuthority != null && episode.isBlank("PL_LOCATION")) {
                    episode.setDerived("PL_LOCATION", localAuthority.equals(placement.authority()) ? "IN" : "OUT");
                }
            }
            PostcodeFacts.Place home = place(postcodes, episode.value("HOME_POST"));
            if (episode.isBlank("PL_DISTANCE") && placement != null && home != null && placement.hasGrid()
                    && home.hasGrid()) {
                episode.setDerived("PL_DISTANCE", miles(home, placement));
            }
        }
    }

    /**
     * Straight-line miles between two grid references, to one decimal place: the open validator's formula "taken
     * straight from the guidance" (docs/903.md section 1.3), metres / 1000 / 1.6093.
     */
    static String miles(PostcodeFacts.Place from, PostcodeFacts.Place to) {
        double dx = from.easting() - (double) to.easting();
        double dy = from.northing() - (double) to.northing();
        double miles = Math.sqrt(dx * dx + dy * dy) / 1000 / 1.6093;
        return String.format(java.util.Locale.ROOT, "%.1f", miles);
    }

    private static PostcodeFacts.Place place(PostcodeFacts postcodes, String postcode) {
        return postcode == null ? null : postcodes.find(postcode);
    }
}
