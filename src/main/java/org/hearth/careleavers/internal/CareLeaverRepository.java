package org.hearth.careleavers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.careleavers.ConcernLevel;
import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;
import org.hearth.careleavers.internal.Records.Allocation;
import org.hearth.careleavers.internal.Records.Concerns;
import org.hearth.careleavers.internal.Records.Current;
import org.hearth.careleavers.internal.Records.RatingRecord;
import org.hearth.careleavers.internal.Records.Status;
import org.hearth.careleavers.internal.Records.StatusKind;
import org.hearth.careleavers.internal.Records.StayingPut;
import org.hearth.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The leaving care record's tables: rows are added, never changed (but a Staying Put arrangement's end). */
@Repository
public class CareLeaverRepository {

    private final JdbcClient jdbc;

    CareLeaverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int version(UUID childId) {
        return jdbc.sql("SELECT version FROM care_leaver WHERE child_id = :id").param("id", childId)
                .query(Integer.class).optional().orElse(0);
    }

    /**
     * Locks the young person's record and moves its version on, or refuses when someone changed it since the user
     * read it (version 0: nothing recorded yet).
     */
    public int claim(UUID childId, int expectedVersion, UUID by) {
        jdbc.sql("INSERT INTO care_leaver (child_id, version, updated_by) VALUES (:id, 0, :by) "
                + "ON CONFLICT (child_id) DO NOTHING").param("id", childId).param("by", by).update();
        int current = jdbc.sql("SELECT version FROM care_leaver WHERE child_id = :id FOR UPDATE")
                .param("id", childId).query(Integer.class).single();
        if (current != expectedVersion) {
            throw new StaleEditException("Someone else changed this young person's leaving care record", current);
        }
        jdbc.sql("UPDATE care_leaver SET version = version + 1, updated_at = now(), updated_by = :by "
                + "WHERE child_id = :id").param("id", childId).param("by", by).update();
        return current + 1;
    }

    public void addStatus(Status s) {
        jdbc.sql("""
                INSERT INTO care_leaver_status (id, child_id, kind, code, started_on, last_contact_on, recorded_by)
                VALUES (:id, :child, :kind, :code, :started, :contact, :by)""")
                .param("id", s.id()).param("child", s.childId()).param("kind", s.kind().name())
                .param("code", s.code()).param("started", s.startedOn()).param("contact", s.lastContactOn())
                .param("by", s.recordedBy()).update();
    }

    public List<Status> statuses(UUID childId, StatusKind kind) {
        return jdbc.sql("SELECT * FROM care_leaver_status WHERE child_id = :id AND kind = :kind "
                + "ORDER BY started_on DESC, recorded_at DESC").param("id", childId).param("kind", kind.name())
                .query((rs, n) -> status(rs)).list();
    }

    public void addAllocation(Allocation a) {
        jdbc.sql("""
                INSERT INTO personal_adviser_allocation (id, child_id, adviser_id, allocated_on, recorded_by)
                VALUES (:id, :child, :adviser, :on, :by)""")
                .param("id", a.id()).param("child", a.childId()).param("adviser", a.adviserId())
                .param("on", a.allocatedOn()).param("by", a.recordedBy()).update();
    }

    public List<Allocation> allocations(UUID childId) {
        return jdbc.sql("SELECT * FROM personal_adviser_allocation WHERE child_id = :id "
                + "ORDER BY allocated_on DESC, recorded_at DESC").param("id", childId)
                .query((rs, n) -> allocation(rs)).list();
    }

    public void addStayingPut(StayingPut s) {
        jdbc.sql("""
                INSERT INTO staying_put (id, child_id, carer_name, started_on, ended_on, recorded_by)
                VALUES (:id, :child, :carer, :started, :ended, :by)""")
                .param("id", s.id()).param("child", s.childId()).param("carer", s.carerName())
                .param("started", s.startedOn()).param("ended", s.endedOn()).param("by", s.recordedBy()).update();
    }

    public void endStayingPut(UUID id, LocalDate endedOn, UUID by) {
        jdbc.sql("UPDATE staying_put SET ended_on = :ended, ended_by = :by WHERE id = :id AND ended_on IS NULL")
                .param("id", id).param("ended", endedOn).param("by", by).update();
    }

    public List<StayingPut> stayingPut(UUID childId) {
        return jdbc.sql("SELECT * FROM staying_put WHERE child_id = :id ORDER BY started_on DESC, recorded_at DESC")
                .param("id", childId).query((rs, n) -> stayingPut(rs)).list();
    }

    public void addConcerns(Concerns c) {
        jdbc.sql("""
                INSERT INTO care_leaver_concerns (id, child_id, health, money, relationships, risk, assessed_on,
                    recorded_by)
                VALUES (:id, :child, :health, :money, :relationships, :risk, :on, :by)""")
                .param("id", c.id()).param("child", c.childId()).param("health", c.health().name())
                .param("money", c.money().name()).param("relationships", c.relationships().name())
                .param("risk", c.risk().name()).param("on", c.assessedOn()).param("by", c.recordedBy()).update();
    }

    public List<Concerns> concerns(UUID childId) {
        return jdbc.sql("SELECT * FROM care_leaver_concerns WHERE child_id = :id "
                + "ORDER BY assessed_on DESC, recorded_at DESC").param("id", childId)
                .query((rs, n) -> concerns(rs)).list();
    }

    public void addRating(RatingRecord r) {
        jdbc.sql("""
                INSERT INTO rag_rating (id, child_id, domain, suggested, given, overridden, reason, rules_fired,
                    rated_on, given_by, given_by_name, given_at)
                VALUES (:id, :child, :domain, :suggested, :given, :overridden, :reason, :rules, :on, :by, :byName,
                    :at)""")
                .param("id", r.id()).param("child", r.childId()).param("domain", r.domain().name())
                .param("suggested", r.suggested().name()).param("given", r.given().name())
                .param("overridden", r.overridden()).param("reason", r.reason()).param("rules", r.rulesFired())
                .param("on", r.ratedOn()).param("by", r.givenBy()).param("byName", r.givenByName())
                .param("at", Timestamp.from(r.givenAt())).update();
    }

    public List<RatingRecord> ratings(UUID childId) {
        return jdbc.sql("SELECT * FROM rag_rating WHERE child_id = :id ORDER BY seq DESC")
                .param("id", childId).query((rs, n) -> rating(rs)).list();
    }

    public Current current(UUID childId) {
        return currentOf(List.of(childId)).getOrDefault(childId, Current.none(childId));
    }

    /** What is current for many young people, in one query a table. */
    public Map<UUID, Current> currentOf(Collection<UUID> childIds) {
        UUID[] ids = childIds.toArray(UUID[]::new);
        Map<UUID, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT child_id, version FROM care_leaver WHERE child_id = ANY(:ids)").param("ids", ids)
                .query(rs -> {
                    versions.put(rs.getObject("child_id", UUID.class), rs.getInt("version"));
                });
        Map<UUID, Map<StatusKind, Status>> statuses = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (child_id, kind) * FROM care_leaver_status WHERE child_id = ANY(:ids)
                ORDER BY child_id, kind, started_on DESC, recorded_at DESC""").param("ids", ids)
                .query((rs, n) -> status(rs)).list()
                .forEach(s -> statuses.computeIfAbsent(s.childId(), k -> new EnumMap<>(StatusKind.class))
                        .put(s.kind(), s));
        Map<UUID, Allocation> advisers = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (child_id) * FROM personal_adviser_allocation WHERE child_id = ANY(:ids)
                ORDER BY child_id, allocated_on DESC, recorded_at DESC""").param("ids", ids)
                .query((rs, n) -> allocation(rs)).list().forEach(a -> advisers.put(a.childId(), a));
        Map<UUID, StayingPut> stayingPut = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (child_id) * FROM staying_put WHERE child_id = ANY(:ids) AND ended_on IS NULL
                ORDER BY child_id, started_on DESC""").param("ids", ids)
                .query((rs, n) -> stayingPut(rs)).list().forEach(s -> stayingPut.put(s.childId(), s));
        Map<UUID, Concerns> concerns = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (child_id) * FROM care_leaver_concerns WHERE child_id = ANY(:ids)
                ORDER BY child_id, assessed_on DESC, recorded_at DESC""").param("ids", ids)
                .query((rs, n) -> concerns(rs)).list().forEach(c -> concerns.put(c.childId(), c));
        Map<UUID, Map<RagDomain, RatingRecord>> ratings = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (child_id, domain) * FROM rag_rating WHERE child_id = ANY(:ids)
                ORDER BY child_id, domain, seq DESC""").param("ids", ids)
                .query((rs, n) -> rating(rs)).list()
                .forEach(r -> ratings.computeIfAbsent(r.childId(), k -> new EnumMap<>(RagDomain.class))
                        .put(r.domain(), r));
        Map<UUID, Current> current = new HashMap<>();
        for (UUID id : childIds) {
            Map<StatusKind, Status> s = statuses.getOrDefault(id, Map.of());
            current.put(id, new Current(id, versions.getOrDefault(id, 0), advisers.get(id),
                    s.get(StatusKind.IN_TOUCH), s.get(StatusKind.ACTIVITY), s.get(StatusKind.ACCOMMODATION),
                    stayingPut.get(id), concerns.get(id), ratings.getOrDefault(id, Map.of())));
        }
        return current;
    }

    private static Status status(ResultSet rs) throws SQLException {
        return new Status(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                StatusKind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("last_contact_on", LocalDate.class),
                rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
    }

    private static Allocation allocation(ResultSet rs) throws SQLException {
        return new Allocation(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("adviser_id", UUID.class), rs.getObject("allocated_on", LocalDate.class),
                rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
    }

    private static StayingPut stayingPut(ResultSet rs) throws SQLException {
        return new StayingPut(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("carer_name"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Concerns concerns(ResultSet rs) throws SQLException {
        return new Concerns(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                ConcernLevel.valueOf(rs.getString("health")), ConcernLevel.valueOf(rs.getString("money")),
                ConcernLevel.valueOf(rs.getString("relationships")), ConcernLevel.valueOf(rs.getString("risk")),
                rs.getObject("assessed_on", LocalDate.class), rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static RatingRecord rating(ResultSet rs) throws SQLException {
        return new RatingRecord(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                RagDomain.valueOf(rs.getString("domain")), Rating.valueOf(rs.getString("suggested")),
                Rating.valueOf(rs.getString("given")), rs.getBoolean("overridden"), rs.getString("reason"),
                rs.getString("rules_fired"), rs.getObject("rated_on", LocalDate.class),
                rs.getObject("given_by", UUID.class), rs.getString("given_by_name"),
                rs.getTimestamp("given_at").toInstant());
    }
}
