package org.hearth.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.TestClock.TODAY;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hearth.policy.Policies;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResidencesTest extends IntegrationTest {

    @Autowired
    Residences residences;
    @Autowired
    LocalAuthorities authorities;
    @Autowired
    Policies policies;
    @Autowired
    PlacesImports imports;

    @BeforeEach
    void sample() {
        data.postcodeSample();
    }

    @Test
    void theCouncilsOwnPostcodeIsInTheHomeAreaWhateverItsSpacingOrCase() {
        for (String given : List.of("LU5 4QQ", "lu54qq", " Lu5  4qQ ")) {
            Residence residence = residences.of(given);
            assertThat(residence.status()).as(given).isEqualTo(ResidenceStatus.IN_HOME_AREA);
            assertThat(residence.authority()).isEqualTo(new LocalAuthority("E06000056", "Central Bedfordshire"));
            assertThat(residence.postcode()).isEqualTo(given);
            assertThat(residence.outOfArea()).isFalse();
        }
    }

    @Test
    void neighboursAreHomeByDefault() {
        assertThat(residences.of("LU4 0JT").status()).isEqualTo(ResidenceStatus.IN_HOME_AREA);
        assertThat(residences.homeArea().neighbours()).extracting(LocalAuthority::name)
                .containsExactly("Luton", "Bedford");
    }

    @Test
    void birminghamIsOutOfAreaWithItsDistanceFromTheHomeAuthority() {
        Residence residence = residences.of("B1 1SY");
        assertThat(residence.status()).isEqualTo(ResidenceStatus.OUT_OF_AREA);
        assertThat(residence.outOfArea()).isTrue();
        assertThat(residence.authority().name()).isEqualTo("Birmingham");
        // Central Bedfordshire's centroid to central Birmingham is about 60 miles as the crow flies
        assertThat(residence.milesFromHome()).isBetween(50.0, 75.0);
    }

    @Test
    void aDistrictOfACountyResolvesToTheCounty() {
        Residence residence = residences.of("HP4 3BW");
        assertThat(residence.status()).isEqualTo(ResidenceStatus.OUT_OF_AREA);
        assertThat(residence.authority()).isEqualTo(new LocalAuthority("E10000015", "Hertfordshire"));
    }

    @Test
    void theTwentyTwentyThreeUnitariesAreTheirOwnUpperTier() {
        assertThat(residences.of("CA4 8EN").authority()).isEqualTo(new LocalAuthority("E06000063", "Cumberland"));
        assertThat(authorities.find("E06000063")).isPresent();
        assertThat(authorities.find("E10000006")).as("Cumbria, abolished in 2023").isEmpty();
    }

    @Test
    void walesScotlandAndTheIslandsAreOutsideEngland() {
        Residence cardiff = residences.of("CF3 5QR");
        assertThat(cardiff.status()).isEqualTo(ResidenceStatus.OUTSIDE_ENGLAND);
        assertThat(cardiff.authority().name()).isEqualTo("Cardiff");
        assertThat(cardiff.outOfArea()).isTrue();
        assertThat(residences.of("EH7 6RT").status()).isEqualTo(ResidenceStatus.OUTSIDE_ENGLAND);
        assertThat(residences.of("GY1 1AA").status()).isEqualTo(ResidenceStatus.OUTSIDE_ENGLAND);
        assertThat(residences.of("GY1 1AA").milesFromHome()).as("no grid reference").isNull();
        assertThat(authorities.find("W06000015")).as("not a children's services authority in England").isEmpty();
    }

    @Test
    void unknownIsReportedNeverGuessed() {
        assertThat(residences.of("LU5 4QZ").status()).isEqualTo(ResidenceStatus.UNKNOWN_POSTCODE);
        assertThat(residences.of("not a postcode").status()).isEqualTo(ResidenceStatus.UNKNOWN_POSTCODE);
        assertThat(residences.of("").status()).isEqualTo(ResidenceStatus.NO_POSTCODE);
        assertThat(residences.of(null).status()).isEqualTo(ResidenceStatus.NO_POSTCODE);
        assertThat(residences.of("AB23 9AG").status()).as("no district in the directory")
                .isEqualTo(ResidenceStatus.NO_AUTHORITY);
        Residence barnsley = residences.of("S71 5WY");
        assertThat(barnsley.status()).as("a district code the 2021 lookup does not know")
                .isEqualTo(ResidenceStatus.NO_AUTHORITY);
        assertThat(barnsley.authority()).isNull();
        assertThat(imports.lastImport(PlacesImports.POSTCODE_DIRECTORY).orElseThrow().problems())
                .extracting(ImportProblem::value).containsExactly("E08000038");
    }

    @Test
    void manyAtOnceKeyedByThePostcodeAsGiven() {
        Map<String, Residence> all = residences.ofAll(Arrays.asList("LU5 4QQ", "b1 1sy", "B1 1SY", null, "XX1 1XX"));
        assertThat(all).hasSize(5);
        assertThat(all.get("b1 1sy").status()).isEqualTo(ResidenceStatus.OUT_OF_AREA);
        assertThat(all.get("LU5 4QQ").status()).isEqualTo(ResidenceStatus.IN_HOME_AREA);
        assertThat(all.get(null).status()).isEqualTo(ResidenceStatus.NO_POSTCODE);
        assertThat(all.get("XX1 1XX").status()).isEqualTo(ResidenceStatus.UNKNOWN_POSTCODE);
    }

    @Test
    void theHomeAreaFollowsTheSetting() {
        assertThat(residences.of("NW1 2PX").status()).isEqualTo(ResidenceStatus.OUT_OF_AREA);
        policies.change(data.currentUser(data.admin), "places.home-area.neighbours", "E06000032, E09000007", TODAY,
                "Camden added for the pilot");
        assertThat(residences.of("NW1 2PX").status()).isEqualTo(ResidenceStatus.IN_HOME_AREA);
        assertThat(residences.of("LU4 0JT").status()).isEqualTo(ResidenceStatus.IN_HOME_AREA);
        assertThat(residences.homeArea().includes("E06000055")).as("Bedford no longer listed").isFalse();
        assertThat(residences.homeArea().neighbours()).extracting(LocalAuthority::name)
                .containsExactly("Luton", "Camden");
    }

    @Test
    void englishAuthoritiesByName() {
        assertThat(authorities.all()).extracting(LocalAuthority::name).containsExactly("Bedford", "Birmingham",
                "Camden", "Central Bedfordshire", "Cumberland", "Hertfordshire", "Luton", "North Yorkshire",
                "Somerset", "Westminster", "Westmorland and Furness");
        assertThat(authorities.find("E06000056")).contains(new LocalAuthority("E06000056", "Central Bedfordshire"));
        assertThat(authorities.find("E99999999")).isEmpty();
    }
}
