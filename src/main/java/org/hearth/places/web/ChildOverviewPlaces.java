package org.hearth.places.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.places.AuthorityContacts;
import org.hearth.places.ContactsDirectory;
import org.hearth.places.ContactsGiven;
import org.hearth.places.Residence;
import org.hearth.places.ResidenceStatus;
import org.hearth.places.Residences;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/**
 * On the child overview: where a young person of 16 or over living outside the home area lives, the contacts there
 * (stale ones flagged), the letter for them, and the record of their being given the contacts (issue 6). For any
 * child whose postcode is not in the directory, a notice saying so: never a guess.
 */
@Component
class ChildOverviewPlaces implements ChildOverviewSection {

    /** From 16 a young person is in the leaving care cohort (../shared/docs/domain.md, care leavers). */
    static final int FROM_AGE = 16;

    private final ChildRecords children;
    private final Residences residences;
    private final AuthorityContacts contacts;
    private final ContactsDirectory directory;
    private final ContactsGiven given;
    private final Clock clock;

    ChildOverviewPlaces(ChildRecords children, Residences residences, AuthorityContacts contacts,
            ContactsDirectory directory, ContactsGiven given, Clock clock) {
        this.children = children;
        this.residences = residences;
        this.contacts = contacts;
        this.directory = directory;
        this.given = given;
        this.clock = clock;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        ChildView child = children.find(childId).orElse(null);
        if (child == null) {
            return Optional.empty();
        }
        Residence residence = residences.of(child.currentPostcode());
        Map<String, Object> model = new HashMap<>();
        model.put("childId", childId);
        model.put("residence", residence);
        model.put("postcode", child.currentPostcode());
        if (residence.status() == ResidenceStatus.UNKNOWN_POSTCODE || residence.status() == ResidenceStatus.NO_AUTHORITY) {
            return Optional.of(new Section("places/fragments", "child-residence-notice", model, 35));
        }
        LocalDate today = LocalDate.now(clock);
        boolean sixteen = child.dateOfBirth() != null && Period.between(child.dateOfBirth(), today).getYears() >= FROM_AGE;
        if (!sixteen || !residence.outOfArea()) {
            return Optional.empty();
        }
        model.put("contacts", residence.authority() == null ? java.util.List.of()
                : contacts.of(residence.authority().code()));
        model.put("given", given.history(childId));
        model.put("homeArea", residences.homeArea());
        model.put("staleBefore", directory.staleBefore());
        return Optional.of(new Section("places/fragments", "child-residence", model, 35));
    }
}
