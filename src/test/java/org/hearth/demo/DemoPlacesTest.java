package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.hearth.places.AuthorityContact;
import org.hearth.places.ContactsDirectory;
import org.hearth.places.LocalAuthorities;
import org.hearth.places.PlacesImports;
import org.hearth.places.ResidenceStatus;
import org.hearth.places.Residences;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without the reference files, the demo's own postcodes all resolve from the shipped sample; contacts are fictional. */
class DemoPlacesTest extends IntegrationTest {

    @Autowired
    PlacesImports imports;
    @Autowired
    ContactsDirectory contacts;
    @Autowired
    LocalAuthorities authorities;
    @Autowired
    Residences residences;
    @Autowired
    Clock clock;

    @Test
    void everyDemoPostcodeResolvesAndEveryAuthorityHasFictionalContacts() throws Exception {
        new DemoPlaces(imports, contacts, authorities, clock, "target/no-reference-here").load(42);
        List<String> postcodes;
        try (var reader = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream(
                DemoPostcodes.RESOURCE), StandardCharsets.UTF_8))) {
            postcodes = reader.lines().skip(1).map(l -> l.split(",")[0]).toList();
        }
        assertThat(postcodes).hasSizeGreaterThan(900);
        assertThat(residences.ofAll(postcodes).values()).allSatisfy(r -> assertThat(r.status()).as(r.postcode())
                .isIn(ResidenceStatus.IN_HOME_AREA, ResidenceStatus.OUT_OF_AREA));
        assertThat(authorities.all()).isNotEmpty().allSatisfy(a -> {
            List<AuthorityContact> listed = contacts.of(a.code());
            assertThat(listed).hasSize(6).allSatisfy(c -> {
                assertThat(c.phone()).matches("01632 960\\d{3}");
                assertThat(c.email()).endsWith("@example.org");
                assertThat(c.website()).startsWith("https://example.org/");
                assertThat(c.name()).contains("(fictional)");
            });
        });
        assertThat(contacts.summaries()).anySatisfy(s -> assertThat(s.stale()).isPositive());
    }
}
