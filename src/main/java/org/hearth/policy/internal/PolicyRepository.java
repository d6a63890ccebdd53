package org.hearth.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    /** The version in force on a date: the latest to take effect on or before it (the later change wins a tie). */
    public Optional<PolicyVersion> inForce(String key, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_version WHERE key = :key AND effective_from <= :on "
                + "ORDER BY effective_from DESC, id DESC LIMIT 1")
                .param("key", key).param("on", on).query((rs, n) -> map(rs)).optional();
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
