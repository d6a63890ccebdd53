package org.hearth.access.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.CurrentUser;
import org.hearth.access.Role;
import org.hearth.access.TeamKind;
import org.hearth.access.TeamSummary;
import org.hearth.access.UserAccount;
import org.hearth.access.UserSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their roles and team memberships, and teams. */
@Repository
public class UserAccountRepository {

    private static final String USER_COLUMNS = """
            u.id, u.username, u.display_name, u.password_hash, u.enabled,
            ARRAY(SELECT role FROM user_role r WHERE r.user_id = u.id) AS roles,
            ARRAY(SELECT team_id FROM team_membership m WHERE m.user_id = u.id) AS team_ids""";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The provider's groups decide: roles and teams become exactly those given. */
    void replaceRolesAndTeams(UUID id, Set<Role> roles, Set<UUID> teamIds) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM team_membership WHERE user_id = :id").param("id", id).update();
        roles.forEach(role -> jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
                .param("id", id).param("role", role.name()).update());
        teamIds.forEach(team -> jdbc.sql("INSERT INTO team_membership (user_id, team_id) VALUES (:id, :team)")
                .param("id", id).param("team", team).update());
    }

    Optional<HearthUserDetails> findForSignIn(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u WHERE u.username = :username")
                .param("username", username.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> {
                    UserSummary summary = summary(rs);
                    return new HearthUserDetails(new CurrentUser(summary.id(), summary.username(),
                            summary.displayName(), summary.roles(), summary.teamIds()),
                            rs.getString("password_hash"), summary.enabled());
                })
                .optional();
    }

    void recordSignIn(UUID userId) {
        jdbc.sql("UPDATE app_user SET last_sign_in_at = now() WHERE id = :id").param("id", userId).update();
    }

    public Optional<UserSummary> findSummary(UUID id) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u WHERE u.id = :id").param("id", id)
                .query((rs, n) -> summary(rs)).optional();
    }

    public List<UserSummary> summaries(Collection<UUID> ids) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u WHERE u.id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> summary(rs)).list();
    }

    public List<UserSummary> membersOf(Collection<UUID> teamIds) {
        return jdbc.sql("SELECT " + USER_COLUMNS + """
                 FROM app_user u WHERE EXISTS (SELECT 1 FROM team_membership m
                                              WHERE m.user_id = u.id AND m.team_id = ANY(:teamIds))
                ORDER BY u.display_name""")
                .param("teamIds", teamIds.toArray(UUID[]::new))
                .query((rs, n) -> summary(rs)).list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :username").param("username", username)
                .query(Long.class).single() > 0;
    }

    public void setEmail(UUID id, String email) {
        jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id").param("id", id).param("email", email).update();
    }

    private static final String ACCOUNT_SELECT = "SELECT " + USER_COLUMNS
            + ", u.email, u.last_sign_in_at, u.version, u.password_hash IS NOT NULL AS has_password FROM app_user u";

    public List<UserAccount> accounts() {
        return jdbc.sql(ACCOUNT_SELECT + " ORDER BY u.display_name").query((rs, n) -> account(rs)).list();
    }

    public Optional<UserAccount> account(UUID id) {
        return jdbc.sql(ACCOUNT_SELECT + " WHERE u.id = :id").param("id", id).query((rs, n) -> account(rs))
                .optional();
    }

    /** @return false when the version no longer matches */
    public boolean update(UUID id, int expectedVersion, String displayName, String email, boolean enabled,
            Set<Role> roles, Set<UUID> teamIds) {
        int updated = jdbc.sql("""
                UPDATE app_user SET display_name = :displayName, email = :email, enabled = :enabled,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", id).param("version", expectedVersion).param("displayName", displayName)
                .param("email", email).param("enabled", enabled).update();
        if (updated != 1) {
            return false;
        }
        replaceRolesAndTeams(id, roles, teamIds);
        return true;
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        UserSummary summary = summary(rs);
        java.sql.Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new UserAccount(summary.id(), summary.username(), summary.displayName(), rs.getString("email"),
                summary.roles(), summary.teamIds(), summary.enabled(), rs.getBoolean("has_password"),
                lastSignIn == null ? null : lastSignIn.toInstant(), rs.getInt("version"));
    }

    public List<TeamSummary> teams() {
        return jdbc.sql("SELECT id, name, kind FROM team ORDER BY name")
                .query((rs, n) -> new TeamSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        TeamKind.valueOf(rs.getString("kind"))))
                .list();
    }

    public void insertTeam(UUID id, String name, TeamKind kind) {
        jdbc.sql("INSERT INTO team (id, name, kind) VALUES (:id, :name, :kind)")
                .param("id", id).param("name", name).param("kind", kind.name()).update();
    }

    public void insertUser(UUID id, String username, String displayName, String passwordHash, Set<Role> roles,
            Set<UUID> teamIds) {
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash)
                VALUES (:id, :username, :displayName, :passwordHash)""")
                .param("id", id).param("username", username).param("displayName", displayName)
                .param("passwordHash", passwordHash).update();
        replaceRolesAndTeams(id, roles, teamIds);
    }

    private static UserSummary summary(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : arrayOf(rs.getArray("roles"))) {
            roles.add(Role.valueOf((String) role));
        }
        Set<UUID> teams = new HashSet<>();
        for (Object team : arrayOf(rs.getArray("team_ids"))) {
            teams.add((UUID) team);
        }
        return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), roles, teams, rs.getBoolean("enabled"));
    }

    private static List<Object> arrayOf(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Object[]) array.getArray());
    }

    /** Social worker ids as recorded (903 SW_ID), null where none is; for the return (issue 8). */
    public java.util.Map<UUID, String> socialWorkerIds(Collection<UUID> ids) {
        java.util.Map<UUID, String> result = new java.util.HashMap<>();
        jdbc.sql("SELECT id, social_worker_id FROM app_user WHERE id = ANY(:ids)")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    result.put(rs.getObject("id", UUID.class), rs.getString("social_worker_id"));
                });
        return result;
    }

    /**
     * Users whose recorded 903 social worker id is one of these (case forgiven), and users whose default id (XX and the
     * first ten characters of their id) is: each given id with every user it names, recorded ids first. Joined, not
     * ANY(array): a return names tens of thousands of ids.
     */
    public java.util.Map<String, List<UUID>> bySocialWorkerId(Collection<String> swIds) {
        java.util.Map<String, List<UUID>> result = new java.util.HashMap<>();
        String[] wanted = swIds.stream().filter(java.util.Objects::nonNull)
                .map(id -> id.strip().toUpperCase(java.util.Locale.ROOT)).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return result;
        }
        jdbc.sql("""
                WITH wanted (sw) AS (SELECT unnest(CAST(:ids AS text[]))),
                     users AS (SELECT id, upper(social_worker_id) AS recorded,
                                      'XX' || upper(substr(replace(id::text, '-', ''), 1, 10)) AS default_id
                               FROM app_user)
                SELECT w.sw, u.id, 0 AS rank FROM users u JOIN wanted w ON w.sw = u.recorded
                UNION ALL
                SELECT w.sw, u.id, 1 FROM users u JOIN wanted w ON w.sw = u.default_id
                ORDER BY rank""")
                .param("ids", wanted)
                .query(rs -> {
                    result.computeIfAbsent(rs.getString("sw"), k -> new java.util.ArrayList<>())
                            .add(rs.getObject("id", UUID.class));
                });
        return result;
    }

    /** Records the user's 903 social worker id (null clears it). */
    public void setSocialWorkerId(UUID id, String socialWorkerId) {
        jdbc.sql("UPDATE app_user SET social_worker_id = :sw WHERE id = :id").param("sw", socialWorkerId)
                .param("id", id).update();
    }
}
