package org.hearth.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user account as administrators see it: no credentials. */
public record UserAccount(UUID id, String username, String displayName, String email, Set<Role> roles,
        Set<UUID> teamIds, boolean enabled, boolean hasLocalPassword, Instant lastSignInAt, int version) {
}
