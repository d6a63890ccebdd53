package org.hearth.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.internal.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of teams and users for other modules: names to show, workers to allocate. */
@Service
@Transactional(readOnly = true)
public class Directory {

    /**
     * Teams change rarely and every page names them, several times: they are read at most every
     * {@link #TEAMS_FRESH_FOR} (and at once after a change made here), not on every look-up.
     */
    static final java.time.Duration TEAMS_FRESH_FOR = java.time.Duration.ofSeconds(30);

    private final UserAccountRepository accounts;
    private volatile CachedTeams cachedTeams;

    Directory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<TeamSummary> teams() {
        CachedTeams cached = cachedTeams;
        long now = System.nanoTime();
        if (cached == null || now - cached.readAt() > TEAMS_FRESH_FOR.toNanos()) {
            cached = new CachedTeams(List.copyOf(accounts.teams()), now);
            cachedTeams = cached;
        }
        return cached.teams();
    }

    /** After a team is created or renamed here, the next look-up reads them again. */
    void forgetTeams() {
        cachedTeams = null;
    }

    private record CachedTeams(List<TeamSummary> teams, long readAt) {
    }

    public Optional<TeamSummary> team(UUID id) {
        return id == null ? Optional.empty() : teams().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<UserSummary> user(UUID id) {
        return id == null ? Optional.empty() : accounts.findSummary(id);
    }

    /**
     * Users who can hold a caseload in any of the teams: active social workers, personal advisers and team managers,
     * in one query.
     */
    public List<UserSummary> caseholdersIn(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return accounts.membersOf(teamIds).stream().filter(u -> u.enabled()
                && (u.roles().contains(Role.SOCIAL_WORKER) || u.roles().contains(Role.PERSONAL_ADVISER)
                        || u.roles().contains(Role.TEAM_MANAGER)))
                .toList();
    }

    /** Every active caseholder in every team. */
    public List<UserSummary> caseholders() {
        return caseholdersIn(teams().stream().map(TeamSummary::id).toList());
    }

    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return wanted.isEmpty() ? Map.of()
                : accounts.summaries(wanted).stream().collect(Collectors.toMap(UserSummary::id,
                        UserSummary::displayName, (a, b) -> a));
    }

    public Map<UUID, String> teamNames() {
        return teams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    public Map<UUID, TeamSummary> teamsById() {
        return teams().stream().collect(Collectors.toMap(TeamSummary::id, Function.identity()));
    }

    /**
     * Each worker's identifier for the 903 SWEpisodes table (SW_ID, docs/903.md 2.11; rule SW02STG1: it begins SW or
     * XX): the id recorded on the user, or else XX and the first ten characters of Hearth's user id, upper case, so
     * that every worker has a stable, distinct id until the council records the workforce census one.
     */
    public Map<UUID, String> socialWorkerIds(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> recorded = wanted.isEmpty() ? Map.of() : accounts.socialWorkerIds(wanted);
        Map<UUID, String> result = new java.util.HashMap<>();
        for (UUID id : wanted) {
            String given = recorded.get(id);
            result.put(id, given != null ? given : defaultSocialWorkerId(id));
        }
        return result;
    }

    /**
     * The reverse of {@link #socialWorkerIds}: the user each 903 SW_ID names (case forgiven), by the id recorded on
     * their account or else by the default XX form. An id recorded on one account wins over another user's default
     * form; an id that names two users (recorded on both) names no one. Ids naming no one are left out.
     *
     * @return by upper-cased SW_ID
     */
    public Map<String, UUID> usersBySocialWorkerId(Collection<String> swIds) {
        Map<String, UUID> result = new java.util.HashMap<>();
        accounts.bySocialWorkerId(swIds).forEach((swId, users) -> {
            // recorded ids come first; two accounts with the same recorded id are ambiguous
            List<UUID> distinct = users.stream().distinct().toList();
            if (distinct.size() == 1 || (!distinct.isEmpty() && recordedOnlyOnce(swId, distinct))) {
                result.put(swId, distinct.get(0));
            }
        });
        return result;
    }

    private boolean recordedOnlyOnce(String swId, List<UUID> users) {
        Map<UUID, String> recorded = accounts.socialWorkerIds(users);
        return users.stream().filter(u -> swId.equalsIgnoreCase(recorded.get(u))).count() == 1;
    }

    /** The id a worker has in the return until one is recorded. */
    public static String defaultSocialWorkerId(UUID userId) {
        return "XX" + userId.toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT);
    }
}
