package org.hearth.permanence.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PreviousPermanence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The four permanence tables. Updates name the version they expect: no match, no change (optimistic lock). */
@Repository
public class PermanenceRepository {

    private final JdbcClient jdbc;

    PermanenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // previous permanence

    public Optional<PreviousPermanence> previous(UUID childId) {
        return jdbc.sql("SELECT * FROM previous_permanence WHERE child_id = :child").param("child", childId)
                .query((rs, n) -> previous(rs)).optional();
    }

    public boolean insertPrevious(PreviousPermanence p, UUID by) {
        return jdbc.sql("""
                INSERT INTO previous_permanence (child_id, option_code, la_code, order_date, changed_by)
                VALUES (:child, :option, :la, :date, :by) ON CONFLICT (child_id) DO NOTHING""")
                .param("child", p.childId()).param("option", p.option()).param("la", p.localAuthority())
                .param("date", p.orderDate()).param("by", by).update() == 1;
    }

    public boolean updatePrevious(PreviousPermanence p, int expectedVersion, UUID by) {
        return jdbc.sql("""
                UPDATE previous_permanence SET option_code = :option, la_code = :la, order_date = :date,
                    version = version + 1, changed_by = :by, changed_at = now()
                WHERE child_id = :child AND version = :version""")
                .param("child", p.childId()).param("option", p.option()).param("la", p.localAuthority())
                .param("date", p.orderDate()).param("by", by).param("version", expectedVersion).update() == 1;
    }

    // decisions that the child should be placed for adoption

    public List<AdoptionDecision> decisions(UUID childId) {
        return jdbc.sql("SELECT * FROM adoption_decision WHERE child_id = :child ORDER BY decided_on, changed_at")
                .param("child", childId).query((rs, n) -> decision(rs)).list();
    }

    public void insertDecision(AdoptionDecision d, UUID by) {
        jdbc.sql("""
                INSERT INTO adoption_decision (id, child_id, decided_on, reversed_on, reversal_reason, changed_by)
                VALUES (:id, :child, :decided, :reversed, :reason, :by)""")
                .param("id", d.id()).param("child", d.childId()).param("decided", d.decidedOn())
                .param("reversed", d.reversedOn()).param("reason", d.reversalReason()).param("by", by).update();
    }

    public boolean updateDecision(AdoptionDecision d, int expectedVersion, UUID by) {
        return jdbc.sql("""
                UPDATE adoption_decision SET decided_on = :decided, reversed_on = :reversed, reversal_reason = :reason,
                    version = version + 1, changed_by = :by, changed_at = now()
                WHERE id = :id AND child_id = :child AND version = :version""")
                .param("id", d.id()).param("child", d.childId()).param("decided", d.decidedOn())
                .param("reversed", d.reversedOn()).param("reason", d.reversalReason()).param("by", by)
                .param("version", expectedVersion).update() == 1;
    }

    // the match and the adopters

    public Optional<AdoptionMatch> match(UUID childId) {
        return jdbc.sql("SELECT * FROM adoption_match WHERE child_id = :child").param("child", childId)
                .query((rs, n) -> match(rs)).optional();
    }

    public boolean insertMatch(AdoptionMatch m, UUID by) {
        return jdbc.sql("""
                INSERT INTO adoption_match (child_id, matched_on, by_foster_carers, adopter_count, adopter_sex,
                    adopter_legal_status, changed_by)
                VALUES (:child, :on, :foster, :count, :sex, :ls, :by) ON CONFLICT (child_id) DO NOTHING""")
                .param("child", m.childId()).param("on", m.matchedOn()).param("foster", m.byFosterCarers())
                .param("count", m.adopterCount()).param("sex", m.adopterSex()).param("ls", m.adopterLegalStatus())
                .param("by", by).update() == 1;
    }

    public boolean updateMatch(AdoptionMatch m, int expectedVersion, UUID by) {
        return jdbc.sql("""
                UPDATE adoption_match SET matched_on = :on, by_foster_carers = :foster, adopter_count = :count,
                    adopter_sex = :sex, adopter_legal_status = :ls, version = version + 1, changed_by = :by,
                    changed_at = now()
                WHERE child_id = :child AND version = :version""")
                .param("child", m.childId()).param("on", m.matchedOn()).param("foster", m.byFosterCarers())
                .param("count", m.adopterCount()).param("sex", m.adopterSex()).param("ls", m.adopterLegalStatus())
                .param("by", by).param("version", expectedVersion).update() == 1;
    }

    // Deprivation of Liberty Orders

    public List<DeprivationOfLibertyOrder> orders(UUID childId) {
        return jdbc.sql("SELECT * FROM deprivation_of_liberty_order WHERE child_id = :child ORDER BY started_on")
                .param("child", childId).query((rs, n) -> order(rs)).list();
    }

    public void insertOrder(DeprivationOfLibertyOrder o, UUID by) {
        jdbc.sql("""
                INSERT INTO deprivation_of_liberty_order (id, child_id, started_on, ended_on, changed_by)
                VALUES (:id, :child, :start, :end, :by)""")
                .param("id", o.id()).param("child", o.childId()).param("start", o.startedOn())
                .param("end", o.endedOn()).param("by", by).update();
    }

    public boolean updateOrder(DeprivationOfLibertyOrder o, int expectedVersion, UUID by) {
        return jdbc.sql("""
                UPDATE deprivation_of_liberty_order SET started_on = :start, ended_on = :end, version = version + 1,
                    changed_by = :by, changed_at = now()
                WHERE id = :id AND child_id = :child AND version = :version""")
                .param("id", o.id()).param("child", o.childId()).param("start", o.startedOn())
                .param("end", o.endedOn()).param("by", by).param("version", expectedVersion).update() == 1;
    }

    // many children at once: four queries whatever the number

    public Map<UUID, ChildPermanence> of(Collection<UUID> childIds) {
        Map<UUID, ChildPermanence> result = new HashMap<>();
        if (childIds.isEmpty()) {
            return result;
        }
        UUID[] ids = childIds.stream().distinct().toArray(UUID[]::new);
        Map<UUID, PreviousPermanence> previous = new HashMap<>();
        jdbc.sql("SELECT * FROM previous_permanence WHERE child_id = ANY(:ids)").param("ids", ids)
                .query(rs -> {
                    PreviousPermanence p = previous(rs);
                    previous.put(p.childId(), p);
                });
        Map<UUID, List<AdoptionDecision>> decisions = new HashMap<>();
        jdbc.sql("SELECT * FROM adoption_decision WHERE child_id = ANY(:ids) ORDER BY child_id, decided_on")
                .param("ids", ids).query(rs -> {
                    AdoptionDecision d = decision(rs);
                    decisions.computeIfAbsent(d.childId(), k -> new ArrayList<>()).add(d);
                });
        Map<UUID, AdoptionMatch> matches = new HashMap<>();
        jdbc.sql("SELECT * FROM adoption_match WHERE child_id = ANY(:ids)").param("ids", ids)
                .query(rs -> {
                    AdoptionMatch m = match(rs);
                    matches.put(m.childId(), m);
                });
        Map<UUID, List<DeprivationOfLibertyOrder>> orders = new HashMap<>();
        jdbc.sql("SELECT * FROM deprivation_of_liberty_order WHERE child_id = ANY(:ids) ORDER BY child_id, started_on")
                .param("ids", ids).query(rs -> {
                    DeprivationOfLibertyOrder o = order(rs);
                    orders.computeIfAbsent(o.childId(), k -> new ArrayList<>()).add(o);
                });
        for (UUID id : ids) {
            ChildPermanence p = new ChildPermanence(id, previous.get(id), decisions.getOrDefault(id, List.of()),
                    matches.get(id), orders.getOrDefault(id, List.of()));
            if (!p.isEmpty()) {
                result.put(id, p);
            }
        }
        return result;
    }

    /** Removes everything recorded for these children (a bulk replace). */
    public void deleteAll(Collection<UUID> childIds) {
        UUID[] ids = childIds.stream().distinct().toArray(UUID[]::new);
        for (String table : List.of("previous_permanence", "adoption_decision", "adoption_match",
                "deprivation_of_liberty_order")) {
            jdbc.sql("DELETE FROM " + table + " WHERE child_id = ANY(:ids)").param("ids", ids).update();
        }
    }

    public void deletePrevious(UUID childId) {
        jdbc.sql("DELETE FROM previous_permanence WHERE child_id = :child").param("child", childId).update();
    }

    public void deleteMatch(UUID childId) {
        jdbc.sql("DELETE FROM adoption_match WHERE child_id = :child").param("child", childId).update();
    }

    private static PreviousPermanence previous(ResultSet rs) throws SQLException {
        return new PreviousPermanence(rs.getObject("child_id", UUID.class), rs.getString("option_code"),
                rs.getString("la_code"), rs.getString("order_date"), rs.getInt("version"));
    }

    private static AdoptionDecision decision(ResultSet rs) throws SQLException {
        return new AdoptionDecision(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                date(rs, "decided_on"), date(rs, "reversed_on"), rs.getString("reversal_reason"),
                rs.getInt("version"));
    }

    private static AdoptionMatch match(ResultSet rs) throws SQLException {
        return new AdoptionMatch(rs.getObject("child_id", UUID.class), date(rs, "matched_on"),
                rs.getBoolean("by_foster_carers"), rs.getInt("adopter_count"), rs.getString("adopter_sex"),
                rs.getString("adopter_legal_status"), rs.getInt("version"));
    }

    private static DeprivationOfLibertyOrder order(ResultSet rs) throws SQLException {
        return new DeprivationOfLibertyOrder(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                date(rs, "started_on"), date(rs, "ended_on"), rs.getInt("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
