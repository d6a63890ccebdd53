package org.hearth.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.internal.ActiveSessions;
import org.hearth.access.internal.UserAccountRepository;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and user accounts: administrators create, change and disable users. Disabling a user, or changing their
 * roles or teams, ends their sessions at once, so what they may see changes now and not at their next sign-in.
 */
@Service
public class UserAdministration {

    private static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ActiveSessions sessions;
    private final Directory directory;

    UserAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, ActiveSessions sessions,
            Directory directory) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.directory = directory;
    }

    @Transactional
    public UUID createTeam(String name, TeamKind kind) {
        UUID id = UUID.randomUUID();
        accounts.insertTeam(id, name, kind);
        directory.forgetTeams();
        return id;
    }

    /**
     * Creates an account without checks, for generated data (the demo organisation and tests).
     *
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

    /** An administrator creates an account; every problem names its field. */
    @Transactional
    public UUID create(NewUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._@-]{1,99}")) {
            problems.add(new FieldProblem("username", "Username must be 2 to 100 lower-case letters, numbers, dots, "
                    + "dashes, underscores or @, starting with a letter or number"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "Another account already has username " + username));
        }
        checkName(user.displayName(), problems);
        checkRolesAndTeams(user.roles(), user.teamIds(), problems);
        if (user.password() != null && !user.password().isEmpty()
                && user.password().length() < MINIMUM_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "Password must be at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        String password = user.password() == null || user.password().isEmpty() ? null
                : passwordEncoder.encode(user.password());
        accounts.insertUser(id, username, user.displayName().trim(), password, user.roles(), user.teamIds());
        accounts.setEmail(id, blankToNull(user.email()));
        return id;
    }

    /**
     * Changes an account. With {@code expectedVersion}, refuses if someone else changed it first. Disabling, or
     * changing roles or teams, ends the user's sessions.
     */
    @Transactional
    public UserAccount change(CurrentUser administrator, UUID id, Integer expectedVersion, UserChange change) {
        UserAccount current = account(id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleEditException("Someone else changed this account since you opened it", current.version());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String displayName = change.displayName() == null ? current.displayName() : change.displayName().trim();
        checkName(displayName, problems);
        Set<Role> roles = change.roles() == null ? current.roles() : change.roles();
        Set<UUID> teams = change.teamIds() == null ? current.teamIds() : change.teamIds();
        checkRolesAndTeams(roles, teams, problems);
        boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
        if (id.equals(administrator.id()) && (!enabled || !roles.contains(Role.ADMINISTRATOR))) {
            problems.add(new FieldProblem(enabled ? "roles" : "enabled",
                    "You cannot disable your own account or remove your own administrator role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String email = change.email() == null ? current.email() : blankToNull(change.email());
        if (!accounts.update(id, current.version(), displayName, email, enabled, roles, teams)) {
            throw new StaleEditException("Someone else changed this account since you opened it", current.version());
        }
        if (!enabled || !roles.equals(current.roles()) || !teams.equals(current.teamIds())) {
            sessions.endSessionsOf(id);
        }
        return account(id);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> accounts() {
        return accounts.accounts();
    }

    @Transactional(readOnly = true)
    public UserAccount account(UUID id) {
        return accounts.account(id).orElseThrow(() -> new RecordNotFoundException("No user with id " + id));
    }

    private void checkRolesAndTeams(Set<Role> roles, Set<UUID> teamIds, List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "Select at least one role"));
        }
        if (teamIds != null) {
            Set<UUID> known = accounts.teams().stream().map(TeamSummary::id).collect(java.util.stream.Collectors.toSet());
            if (teamIds.stream().anyMatch(t -> t == null || !known.contains(t))) {
                problems.add(new FieldProblem("teamIds", "Select teams that exist"));
            }
        } else {
            problems.add(new FieldProblem("teamIds", "Say which teams the user works in (none is allowed)"));
        }
    }

    private static void checkName(String displayName, List<FieldProblem> problems) {
        if (displayName == null || displayName.isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the person's name"));
        } else if (displayName.trim().length() > 100) {
            problems.add(new FieldProblem("displayName", "Name must be 100 characters or fewer"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }


    /**
     * The worker's identifier in the 903 SWEpisodes table as given (SW_ID must begin SW or XX: rule SW02STG1), or null
     * when blank; the field is named when it is not one.
     */
    public String checkSocialWorkerId(String value) {
        String id = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (id.isEmpty()) {
            return null;
        }
        if (!id.matches("(SW|XX)[A-Z0-9]{1,18}")) {
            throw InvalidInputException.of("socialWorkerId", "The social worker ID must begin SW or XX, followed by "
                    + "up to 18 letters or numbers");
        }
        return id;
    }

    /** Records the worker's 903 social worker ID (null: the return uses {@link Directory#defaultSocialWorkerId}). */
    @Transactional
    public void setSocialWorkerId(UUID id, String value) {
        accounts.setSocialWorkerId(id, checkSocialWorkerId(value));
    }

    @Transactional(readOnly = true)
    public String socialWorkerId(UUID id) {
        return accounts.socialWorkerIds(List.of(id)).get(id);
    }
}
