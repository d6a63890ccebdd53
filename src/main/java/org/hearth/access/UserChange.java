package org.hearth.access;

import java.util.Set;
import java.util.UUID;

/** Changes to a user account; a null field is left as it is. */
public record UserChange(String displayName, String email, Boolean enabled, Set<Role> roles, Set<UUID> teamIds) {
}
