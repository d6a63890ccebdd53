package org.hearth.places;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * That a young person living outside the home area was given the contacts where they live: when and how, kept with
 * the contacts as they stood. Each record publishes {@link AuthorityContactsGiven}, which becomes a chronology entry.
 */
@Service
public class ContactsGiven {

    /** How the contacts were given, with the words shown. */
    public enum How {
        IN_PERSON("In person"), POST("By post"), EMAIL("By email"), TEXT_MESSAGE("By text message");

        private final String label;

        How(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One record, as shown in the history. */
    public record Given(UUID id, String authorityCode, String authorityName, LocalDate givenOn, How how, String note,
            String recordedByName, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final ChildGate gate;
    private final Residences residences;
    private final AuthorityContacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ContactsGiven(JdbcClient jdbc, ChildGate gate, Residences residences, AuthorityContacts contacts,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.residences = residences;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that the young person was given the contacts of the authority they live in now.
     *
     * @throws InvalidInputException when the date is missing or in the future, how is not given, or the young person
     *         does not live in a known authority out of the home area
     */
    @Transactional
    public UUID record(CurrentUser user, UUID childId, LocalDate givenOn, String how, String note) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded contacts given where they live");
        FieldProblems problems = new FieldProblems(List.of());
        Residence residence = residences.of(child.currentPostcode());
        if (!residence.outOfArea() || residence.authority() == null) {
            problems.add("givenOn", "Their current postcode is not in a known authority outside the home area, so "
                    + "there are no contacts to give");
        }
        if (givenOn == null) {
            problems.add("givenOn", "Enter the date they were given the contacts");
        } else if (givenOn.isAfter(LocalDate.now(clock))) {
            problems.add("givenOn", "The date they were given the contacts must be today or in the past");
        }
        How chosen = null;
        try {
            chosen = how == null || how.isBlank() ? null : How.valueOf(how.trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (chosen == null) {
            problems.add("how", "Select how they were given the contacts");
        }
        String trimmedNote = note == null || note.isBlank() ? null : note.trim();
        if (trimmedNote != null && trimmedNote.length() > 2000) {
            problems.add("note", "The note must be 2,000 characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        UUID id = UUID.randomUUID();
        LocalAuthority authority = residence.authority();
        var listed = contacts.of(authority.code()).stream().map(c -> java.util.Map.of("service", c.service().name(),
                "name", c.name(), "phone", c.phone() == null ? "" : c.phone(), "email",
                c.email() == null ? "" : c.email())).toList();
        jdbc.sql("""
                INSERT INTO authority_contacts_given (id, child_id, authority_code, authority_name, given_on, how,
                                                      note, contacts_listed, recorded_by, recorded_by_name)
                VALUES (:id, :child, :code, :name, :on, :how, :note, CAST(:listed AS jsonb), :by, :byName)""")
                .param("id", id).param("child", childId).param("code", authority.code())
                .param("name", authority.name()).param("on", givenOn).param("how", chosen.name())
                .param("note", trimmedNote).param("listed", json.writeValueAsString(listed))
                .param("by", user.id()).param("byName", user.displayName()).update();
        events.publishEvent(new AuthorityContactsGiven(childId, id, authority.code(), authority.name(), givenOn,
                chosen.name(), user.id()));
        return id;
    }

    /** The young person's records, latest first: for a page that has checked and logged access already. */
    @Transactional(readOnly = true)
    public List<Given> history(UUID childId) {
        return jdbc.sql("""
                SELECT id, authority_code, authority_name, given_on, how, note, recorded_by_name, recorded_at
                FROM authority_contacts_given WHERE child_id = :child ORDER BY given_on DESC, recorded_at DESC""")
                .param("child", childId).query((rs, n) -> new Given(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), How.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant())).list();
    }
}
