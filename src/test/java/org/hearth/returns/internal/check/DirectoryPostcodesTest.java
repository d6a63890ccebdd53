package org.hearth.returns.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hearth.places.PostcodeGrid;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.ReturnDerivations;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The return's derived placement fields from the places module's postcode directory (the test sample). */
class DirectoryPostcodesTest extends IntegrationTest {

    @Autowired
    DirectoryPostcodes postcodes;

    @Autowired
    PostcodeGrid grid;

    private static ReturnRow episode(int line, String home, String placement) {
        String[] values = new String[ReturnTable.EPISODES.columns().size()];
        values[0] = "1";
        values[ReturnTable.EPISODES.indexOf("HOME_POST")] = home;
        values[ReturnTable.EPISODES.indexOf("PL_POST")] = placement;
        return new ReturnRow(ReturnTable.EPISODES, line, values);
    }

    @Test
    void placementAuthorityLocationAndDistanceFromTheDirectory() {
        data.postcodeSample();
        ReturnData data = new ReturnData(Map.of(ReturnTable.EPISODES, List.of(
                episode(2, "LU5 4QQ", "SG18 8QB"),   // both Central Bedfordshire: in area
                episode(3, "LU5 4QQ", "b11sy"),      // Birmingham, spacing and case forgiven
                episode(4, "LU5 4QQ", "HP1 1WX"),    // Dacorum district: Hertfordshire county above it
                episode(5, "LU5 4QQ", "CF3 5QR"),    // Cardiff: Wales
                episode(6, "LU5 4QQ", "EH7 6RT"),    // Edinburgh: Scotland
                episode(7, "ZZ9 9ZZ", "LU5 4QZ"))), Map.of(ReturnTable.EPISODES, "episodes.csv"));

        assertThat(postcodes.available()).isTrue();
        assertThat(postcodes.councilAuthority()).isEqualTo("E06000056");
        ReturnDerivations.derive(data, postcodes, postcodes.councilAuthority());

        List<ReturnRow> rows = data.rows(ReturnTable.EPISODES);
        assertThat(rows).extracting(r -> r.value("PL_LA")).containsExactly("E06000056", "E08000025", "E10000015",
                "WAL", "SCO", null);
        assertThat(rows).extracting(r -> r.value("PL_LOCATION")).containsExactly("IN", "OUT", "OUT", "OUT", "OUT",
                null);
        // LU5 4QQ (503143, 222397) to SG18 8QB (520653, 243288): 27.26 km / 1.6093 = 16.9 miles
        assertThat(rows.get(0).value("PL_DISTANCE")).isEqualTo("16.9");
        assertThat(rows.get(1).value("PL_DISTANCE")).isNotNull();
        assertThat(rows.get(5).value("PL_DISTANCE")).as("unknown postcodes: no distance").isNull();
    }

    @Test
    void theGridGivesEastingNorthingAndAuthority() {
        data.postcodeSample();

        PostcodeGrid.GridPlace place = grid.find("lu54qq").orElseThrow();

        assertThat(place).isEqualTo(new PostcodeGrid.GridPlace("LU5 4QQ", "E06000056", 503143, 222397));
        assertThat(grid.find("not a postcode")).isEmpty();
        assertThat(grid.find("LU5 4QZ")).isEmpty();
    }
}
