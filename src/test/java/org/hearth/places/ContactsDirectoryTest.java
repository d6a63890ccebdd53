package org.hearth.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.support.TestClock.TODAY;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.hearth.policy.Policies;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.StaleEditException;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContactsDirectoryTest extends IntegrationTest {

    static final String CSV = """
            authority_code,service,name,phone,email,address,website,last_verified_on
            E08000025,LEAVING_CARE,Birmingham Leaving Care,01632 960001,leaving.care@example.org,"1 Example Street
            Birmingham",https://example.org/leaving-care,2026-10-01
            E08000025,HEALTH,Care leavers' health,01632 960002,,,,2025-10-01
            E09000007,HOUSING_OPTIONS,Camden Housing Options,01632 960003,,,,
            """;

    @Autowired
    ContactsDirectory contacts;
    @Autowired
    Policies policies;

    @BeforeEach
    void sample() {
        data.postcodeSample();
    }

    private ImportResult importCsv(String csv) {
        return contacts.importCsv(data.currentUser(data.admin), new ByteArrayInputStream(csv.getBytes(
                StandardCharsets.UTF_8)), "contacts.csv");
    }

    @Test
    void importedContactsAreFlaggedStaleWhenNotVerifiedWithinTwelveMonths() {
        assertThat(importCsv(CSV).rows()).isEqualTo(3);
        var birmingham = contacts.of("E08000025");
        assertThat(birmingham).extracting(AuthorityContact::service).containsExactly(ContactService.LEAVING_CARE,
                ContactService.HEALTH);
        assertThat(birmingham.get(0).address()).isEqualTo("1 Example Street\nBirmingham");
        assertThat(birmingham.get(0).stale()).isFalse();
        assertThat(birmingham.get(1).stale()).as("verified 2025-10-01, more than 12 months before %s", TODAY).isTrue();
        assertThat(contacts.of("E09000007").get(0).stale()).as("never verified").isTrue();
        assertThat(contacts.summaries()).filteredOn(s -> s.authority().code().equals("E08000025"))
                .singleElement().satisfies(s -> {
                    assertThat(s.contacts()).isEqualTo(2);
                    assertThat(s.stale()).isEqualTo(1);
                });
    }

    @Test
    void theStalePeriodIsALocalSetting() {
        importCsv(CSV);
        policies.change(data.currentUser(data.admin), ContactsDirectory.STALE_AFTER, "P2Y", TODAY, "Audit cycle");
        assertThat(contacts.of("E08000025").get(1).stale()).isFalse();
    }

    @Test
    void anUnknownAuthorityOrBadRowRefusesTheWholeFile() {
        importCsv(CSV);
        String bad = """
                authority_code,service,name,phone,email,address,website,last_verified_on
                E08000025,LEAVING_CARE,Replacement,01632 960009,,,,
                E99999999,HEALTH,Nowhere,01632 960002,,,,
                W06000015,HEALTH,Cardiff,01632 960002,,,,
                E09000007,SOCIAL_CLUB,Camden,01632 960003,not-an-email,,,2030-01-01
                """;
        assertThatThrownBy(() -> importCsv(bad)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "authority_code"),
                        org.assertj.core.groups.Tuple.tuple(4L, "authority_code"),
                        org.assertj.core.groups.Tuple.tuple(5L, "service"),
                        org.assertj.core.groups.Tuple.tuple(5L, "email"),
                        org.assertj.core.groups.Tuple.tuple(5L, "last_verified_on")));
        assertThat(contacts.of("E08000025")).extracting(AuthorityContact::name)
                .containsExactly("Birmingham Leaving Care", "Care leavers' health");
    }

    @Test
    void reImportReplacesOnlyTheAuthoritiesInTheFile() {
        importCsv(CSV);
        importCsv("authority_code,service,name,phone,email,address,website,last_verified_on\n"
                + "E08000025,EMERGENCY_DUTY,Birmingham EDT,01632 960100,,,,2026-11-01\n");
        assertThat(contacts.of("E08000025")).extracting(AuthorityContact::name).containsExactly("Birmingham EDT");
        assertThat(contacts.of("E09000007")).hasSize(1);
    }

    @Test
    void addChangeAndRemoveWithOptimisticLocking() {
        var manager = data.currentUser(data.manager);
        AuthorityContact added = contacts.add(manager, "E10000015", new ContactDetails(ContactService.VIRTUAL_SCHOOL,
                "Hertfordshire Virtual School", "01632 960200", "vs@example.org", null, "https://example.org/vs",
                TODAY));
        assertThat(added.version()).isZero();
        AuthorityContact changed = contacts.change(manager, added.id(), 0, new ContactDetails(
                ContactService.VIRTUAL_SCHOOL, "Herts Virtual School", "01632 960201", null, null, null, TODAY));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.email()).isNull();
        assertThatThrownBy(() -> contacts.change(manager, added.id(), 0, new ContactDetails(
                ContactService.VIRTUAL_SCHOOL, "Someone else's edit", "01632 960201", null, null, null, TODAY)))
                .isInstanceOfSatisfying(StaleEditException.class, e -> assertThat(e.currentVersion()).isEqualTo(1));
        assertThatThrownBy(() -> contacts.remove(manager, added.id(), 0)).isInstanceOf(StaleEditException.class);
        contacts.remove(manager, added.id(), 1);
        assertThat(contacts.of("E10000015")).isEmpty();
    }

    @Test
    void aContactNeedsAServiceANameAndAWayToGetInTouch() {
        assertThatThrownBy(() -> contacts.add(data.currentUser(data.manager), "E10000015", new ContactDetails(null,
                " ", null, null, null, "example.org", TODAY.plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("service", "name", "website", "lastVerifiedOn"));
    }
}
