package org.hearth.access.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.RestrictedRecords.NamedUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is named on each restricted record. */
@Repository
public class RestrictedRecordRepository {

    private final JdbcClient jdbc;

    RestrictedRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isNamed(UUID childId, UUID userId) {
        return jdbc.sql("SELECT count(*) FROM restricted_record_access WHERE child_id = :childId AND user_id = :userId")
                .param("childId", childId).param("userId", userId).query(Long.class).single() > 0;
    }

    public Set<UUID> childrenNaming(UUID userId) {
        return new HashSet<>(jdbc.sql("SELECT child_id FROM restricted_record_access WHERE user_id = :userId")
                .param("userId", userId).query(UUID.class).list());
    }

    public void grant(UUID childId, UUID userId, UUID grantedBy, String reason) {
        jdbc.sql("""
                INSERT INTO restricted_record_access (child_id, user_id, granted_by, reason)
                VALUES (:childId, :userId, :grantedBy, :reason)
                ON CONFLICT (child_id, user_id) DO NOTHING""")
                .param("childId", childId).param("userId", userId).param("grantedBy", grantedBy)
                .param("reason", reason).update();
    }

    public List<NamedUser> namedOn(UUID childId) {
        return jdbc.sql("""
                SELECT r.user_id, u.display_name, r.granted_by, r.granted_at, r.reason
                FROM restricted_record_access r JOIN app_user u ON u.id = r.user_id
                WHERE r.child_id = :childId ORDER BY r.granted_at""")
                .param("childId", childId)
                .query((rs, n) -> new NamedUser(rs.getObject("user_id", UUID.class), rs.getString("display_name"),
                        rs.getObject("granted_by", UUID.class), rs.getTimestamp("granted_at").toInstant(),
                        rs.getString("reason")))
                .list();
    }
}
