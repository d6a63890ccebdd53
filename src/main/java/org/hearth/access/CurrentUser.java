package org.hearth.access;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as the rest of Hearth sees them.
 *
 * @param id Hearth's user id
 * @param username sign-in name
 * @param displayName name shown to others
 * @param roles roles held
 * @param teamIds teams the user works in (or manages)
 */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, Set<UUID> teamIds) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        teamIds = Set.copyOf(teamIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An administrator with no other role: manages users and settings, sees no child records. */
    public boolean administratorOnly() {
        return roles.equals(Set.of(Role.ADMINISTRATOR));
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
