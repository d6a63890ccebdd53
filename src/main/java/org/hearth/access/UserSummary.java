package org.hearth.access;

import java.util.Set;
import java.util.UUID;

/** A user, as other modules see them: no credentials. */
public record UserSummary(UUID id, String username, String displayName, Set<Role> roles, Set<UUID> teamIds,
        boolean enabled) {
}
