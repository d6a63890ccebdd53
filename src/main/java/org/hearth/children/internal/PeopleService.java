package org.hearth.children.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.ChildAccess;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildView;
import org.hearth.children.PeopleAroundTheChild;
import org.hearth.children.PersonAroundTheChild;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Family and professionals around a child, and sibling links between children's records. */
@Service
class PeopleService implements PeopleAroundTheChild {

    private final JdbcClient jdbc;
    private final ChildRepository children;
    private final ChildAccess access;

    PeopleService(JdbcClient jdbc, ChildRepository children, ChildAccess access) {
        this.jdbc = jdbc;
        this.children = children;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonAroundTheChild> of(UUID childId) {
        return jdbc.sql("""
                SELECT id, child_id, kind, name, relationship, parental_responsibility, agency, contact_details, note
                FROM child_person WHERE child_id = :childId ORDER BY kind, name""").param("childId", childId)
                .query((rs, n) -> new PersonAroundTheChild(rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class), rs.getString("kind"), rs.getString("name"),
                        rs.getString("relationship"), rs.getBoolean("parental_responsibility"),
                        rs.getString("agency"), rs.getString("contact_details"), rs.getString("note")))
                .list();
    }

    @Override
    @Transactional
    public UUID add(CurrentUser user, UUID childId, PersonAroundTheChild person) {
        ChildView child = children.find(childId).orElseThrow(() -> ChildService.notFound(childId));
        access.require(user, children.accessSubject(child), AccessAction.CHANGE, "added a person around the child");
        List<FieldProblem> problems = new ArrayList<>();
        if (!"FAMILY".equals(person.kind()) && !"PROFESSIONAL".equals(person.kind())) {
            problems.add(new FieldProblem("kind", "Select family or professional"));
        }
        if (blank(person.name())) {
            problems.add(new FieldProblem("name", "Enter their name"));
        }
        if (blank(person.relationship())) {
            problems.add(new FieldProblem("relationship", "Enter their relationship to the child"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO child_person (id, child_id, kind, name, relationship, parental_responsibility, agency,
                    contact_details, note, recorded_by)
                VALUES (:id, :childId, :kind, :name, :relationship, :pr, :agency, :contact, :note, :by)""")
                .param("id", id).param("childId", childId).param("kind", person.kind())
                .param("name", person.name().trim()).param("relationship", person.relationship().trim())
                .param("pr", person.parentalResponsibility()).param("agency", trim(person.agency()))
                .param("contact", trim(person.contactDetails())).param("note", trim(person.note()))
                .param("by", user.id()).update();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> siblingsOf(UUID childId) {
        return jdbc.sql("""
                SELECT sibling_id FROM sibling_link WHERE child_id = :id
                UNION SELECT child_id FROM sibling_link WHERE sibling_id = :id""").param("id", childId)
                .query(UUID.class).list();
    }

    @Override
    @Transactional
    public void linkSibling(CurrentUser user, UUID childId, String siblingLocalChildId) {
        ChildView child = children.find(childId).orElseThrow(() -> ChildService.notFound(childId));
        access.require(user, children.accessSubject(child), AccessAction.CHANGE, "linked a sibling");
        if (blank(siblingLocalChildId)) {
            throw InvalidInputException.of("siblingLocalChildId", "Enter the sibling's local child ID");
        }
        ChildView sibling = jdbc.sql("SELECT id FROM child WHERE lower(local_child_id) = lower(:id)")
                .param("id", siblingLocalChildId.trim()).query(UUID.class).optional().flatMap(children::find)
                .orElseThrow(() -> InvalidInputException.of("siblingLocalChildId", "No child has local child ID "
                        + siblingLocalChildId.trim()));
        if (sibling.id().equals(childId)) {
            throw InvalidInputException.of("siblingLocalChildId", "That is this child's own local child ID");
        }
        try {
            access.require(user, children.accessSubject(sibling), AccessAction.CHANGE, "linked as a sibling of "
                    + child.localChildId());
        } catch (org.hearth.access.ChildAccessDeniedException e) {
            // the refusal is logged; answered as for an unknown ID, so a record the user may not see is not confirmed
            throw InvalidInputException.of("siblingLocalChildId", "No child has local child ID "
                    + siblingLocalChildId.trim());
        }
        // the database orders uuids byte by byte, as their lower-case text sorts (UUID.compareTo is signed)
        UUID first = childId.toString().compareTo(sibling.id().toString()) < 0 ? childId : sibling.id();
        UUID second = first.equals(childId) ? sibling.id() : childId;
        jdbc.sql("""
                INSERT INTO sibling_link (child_id, sibling_id, linked_by) VALUES (:a, :b, :by)
                ON CONFLICT DO NOTHING""").param("a", first).param("b", second).param("by", user.id()).update();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
