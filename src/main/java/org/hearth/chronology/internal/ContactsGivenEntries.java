package org.hearth.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hearth.access.Directory;
import org.hearth.places.AuthorityContactsGiven;
import org.hearth.places.ContactsGiven;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A young person living outside the home area was given the contacts where they live (issue 6: "recording that they
 * were given them — a chronology entry"). Durable, and added once however often the event is delivered (the origin
 * key).
 */
@Component
class ContactsGivenEntries {

    private final EntryRepository entries;
    private final Directory directory;
    private final Clock clock;

    ContactsGivenEntries(EntryRepository entries, Directory directory, Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AuthorityContactsGiven e) {
        String how = howInWords(e.how());
        String title = "Given the contacts in " + e.authorityName();
        String by = directory.user(e.recordedBy()).map(u -> u.displayName()).orElse("Hearth");
        entries.insertAutomatic(List.of(new AutomaticEntry("AuthorityContactsGiven:" + e.recordId(), e.childId(),
                e.givenOn(), null, Category.CARE_AND_PLACEMENT, Significance.OTHER, title,
                "Given the local contacts (leaving care, youth support, housing, virtual school, health, emergency "
                        + "duty) of " + e.authorityName() + ", where they live, " + how + ".",
                "Hearth: " + title.toLowerCase(Locale.UK), "AUTHORITY_CONTACTS_GIVEN", e.recordId(), e.recordedBy(),
                by, Instant.now(clock))));
    }

    private static String howInWords(String how) {
        try {
            return ContactsGiven.How.valueOf(how).label().toLowerCase(Locale.UK);
        } catch (IllegalArgumentException e) {
            return how;
        }
    }

}
