package org.hearth.access;

import java.util.Set;
import java.util.UUID;

import org.hearth.access.internal.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates teams and user accounts. Used by the demo data generator now and by the administration pages later. */
@Service
public class UserAdministration {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    UserAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public UUID createTeam(String name, TeamKind kind) {
        UUID id = UUID.randomUUID();
        accounts.insertTeam(id, name, kind);
        return id;
    }

    /**
     * @param rawPassword a local password, or null for an account that cannot sign in with one
     */
    @Transactional
    public UUID createUser(String username, String displayName, Set<Role> roles, Set<UUID> teamIds,
            String rawPassword) {
        UUID id = UUID.randomUUID();
        accounts.insertUser(id, username, displayName, rawPassword == null ? null : passwordEncoder.encode(rawPassword),
                roles, teamIds);
        return id;
    }
}
