package org.hearth.access.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.NewUser;
import org.hearth.access.Role;
import org.hearth.access.TeamSummary;
import org.hearth.access.UserAdministration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an identity the council's provider vouches for into a Hearth account: found by username, its roles and
 * teams taken from the provider's groups when a mapping is configured, created only when auto-provisioning is on.
 * Refusals carry an error code the sign-in page explains.
 */
@Component
class IdentityProviderAccounts {

    static final String UNKNOWN_USER = "hearth_unknown_user";
    static final String NO_ROLE = "hearth_no_role";
    static final String DISABLED = "hearth_disabled";

    private final OidcProperties properties;
    private final UserAccountRepository accounts;
    private final UserAdministration users;

    IdentityProviderAccounts(OidcProperties properties, UserAccountRepository accounts, UserAdministration users) {
        this.properties = properties;
        this.accounts = accounts;
        this.users = users;
    }

    @Transactional
    HearthUserDetails account(String rawUsername, Collection<?> groups) {
        String username = rawUsername == null ? "" : rawUsername.trim().toLowerCase(Locale.ROOT);
        Set<Role> roles = mapped(groups, properties.groupRoles()).stream().map(Role::valueOf)
                .collect(() -> EnumSet.noneOf(Role.class), Set::add, Set::addAll);
        Set<UUID> teams = teamIds(mapped(groups, properties.groupTeams()));
        boolean groupsDecide = !properties.groupRoles().isEmpty();
        Optional<HearthUserDetails> existing = accounts.findForSignIn(username);
        if (existing.isEmpty()) {
            if (!properties.autoProvision() || roles.isEmpty()) {
                throw refusal(UNKNOWN_USER, "No Hearth account for " + username);
            }
            users.create(new NewUser(username, username, null, roles, teams, null));
            return accounts.findForSignIn(username).orElseThrow();
        }
        HearthUserDetails user = existing.get();
        if (!user.isEnabled()) {
            throw refusal(DISABLED, "Account disabled: " + username);
        }
        if (groupsDecide) {
            if (roles.isEmpty()) {
                throw refusal(NO_ROLE, "No group of " + username + " gives a Hearth role");
            }
            accounts.replaceRolesAndTeams(user.currentUser().id(), roles, teams);
            return accounts.findForSignIn(username).orElseThrow();
        }
        return user;
    }

    private static Set<String> mapped(Collection<?> groups, Map<String, List<String>> mapping) {
        Set<String> values = new HashSet<>();
        if (groups != null) {
            groups.forEach(group -> values.addAll(mapping.getOrDefault(String.valueOf(group), List.of())));
        }
        return values;
    }

    private Set<UUID> teamIds(Set<String> teamNames) {
        Set<UUID> ids = new HashSet<>();
        for (TeamSummary team : accounts.teams()) {
            if (teamNames.contains(team.name())) {
                ids.add(team.id());
            }
        }
        return ids;
    }

    private static OAuth2AuthenticationException refusal(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
