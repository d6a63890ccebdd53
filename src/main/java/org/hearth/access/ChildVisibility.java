package org.hearth.access;

import java.util.Set;
import java.util.UUID;

/**
 * Which children a user may see, in a form a query can filter by: all children, or those of some teams or
 * allocated to the user; restricted records only where the user is named.
 *
 * @param all sees every unrestricted child
 * @param teamIds sees children of these teams
 * @param workerId sees children allocated to this user
 * @param namedOnRestricted restricted children the user is named on
 */
public record ChildVisibility(boolean all, Set<UUID> teamIds, UUID workerId, Set<UUID> namedOnRestricted) {

    public static ChildVisibility none(Set<UUID> namedOnRestricted) {
        return new ChildVisibility(false, Set.of(), null, namedOnRestricted);
    }

    public boolean seesNothing() {
        return !all && teamIds.isEmpty() && workerId == null && namedOnRestricted.isEmpty();
    }
}
