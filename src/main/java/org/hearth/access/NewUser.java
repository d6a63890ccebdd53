package org.hearth.access;

import java.util.Set;
import java.util.UUID;

/**
 * A user account to create.
 *
 * @param password a local password, or null for an account that signs in another way (or not yet)
 */
public record NewUser(String username, String displayName, String email, Set<Role> roles, Set<UUID> teamIds,
        String password) {
}
