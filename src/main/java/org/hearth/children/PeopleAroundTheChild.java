package org.hearth.children;

import java.util.List;
import java.util.UUID;

import org.hearth.access.CurrentUser;

/**
 * The people around a child and the child's linked siblings. Reading through {@link #of} and {@link #siblingsOf}
 * neither checks access nor logs: callers do both for what they show.
 */
public interface PeopleAroundTheChild {

    List<PersonAroundTheChild> of(UUID childId);

    /** Adds a person, checking access (logged) and the details; refusals name the field. */
    UUID add(CurrentUser user, UUID childId, PersonAroundTheChild person);

    /** The ids of the children linked to this one as siblings. */
    List<UUID> siblingsOf(UUID childId);

    /**
     * Links two children as siblings, found by the other's local child ID; the user must be able to see both
     * records (both accesses logged).
     */
    void linkSibling(CurrentUser user, UUID childId, String siblingLocalChildId);
}
