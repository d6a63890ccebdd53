package org.hearth.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.policy.PolicyVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append-only versions of local settings. */
@Repository
public class PolicyRepository {

    private static final String COLUMNS = "id, key, value, effective_from, changed_by, changed_by_name, changed_at, "
            + "reason";

    private final JdbcClient jdbc;

    PolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PolicyVersion> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_version").query((rs, n) -> map(rs)).list();
    }

    public List<PolicyVersion> history(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_version WHERE key = :key ORDER BY id DESC")
                .param("key", key).query((rs, n) -> map(rs)).list();
    }

    public void add(String key, String value, LocalDate effectiveFrom, UUID changedBy, String changedByName,
            String reason) {
        jdbc.sql("""
                INSERT INTO policy_version (key, value, effective_from, changed_by, changed_by_name, reason)
                VALUES (:key, :value, :effectiveFrom, :changedBy, :changedByName, :reason)""")
                .param("key", key).param("value", value).param("effectiveFrom", effectiveFrom)
                .param("changedBy", changedBy).param("changedByName", changedByName).param("reason", reason)
                .update();
    }

    private static PolicyVersion map(ResultSet rs) throws SQLException {
        return new PolicyVersion(rs.getLong("id"), rs.getString("key"), rs.getString("value"),
                rs.getDate("effective_from").toLocalDate(), rs.getObject("changed_by", UUID.class),
                rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"));
    }
}
