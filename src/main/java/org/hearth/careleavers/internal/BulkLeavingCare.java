package org.hearth.careleavers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.careleavers.LeavingCareHistory;
import org.hearth.careleavers.RagDomain;
import org.hearth.children.CareHistories;
import org.hearth.children.CareHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many leaving care records with a few JDBC batches, then the ratings the rules suggest for them (and the
 * overrides given), as the record pages would have left them.
 */
@Component
public class BulkLeavingCare {

    private final JdbcTemplate jdbc;
    private final CareHistories careHistories;
    private final CareLeaverRepository records;
    private final Assessor assessor;
    private final Clock clock;

    BulkLeavingCare(JdbcTemplate jdbc, CareHistories careHistories, CareLeaverRepository records, Assessor assessor,
            Clock clock) {
        this.jdbc = jdbc;
        this.careHistories = careHistories;
        this.records = records;
        this.assessor = assessor;
        this.clock = clock;
    }

    public int load(List<LeavingCareHistory> histories, UUID by) {
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        List<Object[]> advisers = new ArrayList<>();
        List<Object[]> stayingPut = new ArrayList<>();
        List<Object[]> concerns = new ArrayList<>();
        for (LeavingCareHistory h : histories) {
            versions.add(new Object[] {h.childId(), by});
            if (h.adviserId() != null) {
                advisers.add(new Object[] {UUID.randomUUID(), h.childId(), h.adviserId(), h.adviserFrom(), by});
            }
            addStatuses(statuses, h.childId(), "IN_TOUCH", h.inTouch(), by);
            addStatuses(statuses, h.childId(), "ACTIVITY", h.activities(), by);
            addStatuses(statuses, h.childId(), "ACCOMMODATION", h.accommodation(), by);
            if (h.stayingPut() != null) {
                stayingPut.add(new Object[] {UUID.randomUUID(), h.childId(), h.stayingPut().carerName(),
                        h.stayingPut().from(), h.stayingPut().until(), by});
            }
            if (h.concerns() != null) {
                var c = h.concerns();
                concerns.add(new Object[] {UUID.randomUUID(), h.childId(), c.health().name(), c.money().name(),
                        c.relationships().name(), c.risk().name(), c.assessedOn(), by});
            }
        }
        jdbc.batchUpdate("INSERT INTO care_leaver (child_id, version, updated_by) VALUES (?, 1, ?) "
                + "ON CONFLICT (child_id) DO NOTHING", versions);
        jdbc.batchUpdate("INSERT INTO personal_adviser_allocation (id, child_id, adviser_id, allocated_on, "
                + "recorded_by) VALUES (?, ?, ?, ?, ?)", advisers);
        jdbc.batchUpdate("INSERT INTO care_leaver_status (id, child_id, kind, code, started_on, last_contact_on, "
                + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", statuses);
        jdbc.batchUpdate("INSERT INTO staying_put (id, child_id, carer_name, started_on, ended_on, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", stayingPut);
        jdbc.batchUpdate("INSERT INTO care_leaver_concerns (id, child_id, health, money, relationships, risk, "
                + "assessed_on, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", concerns);
        return versions.size() + advisers.size() + statuses.size() + stayingPut.size() + concerns.size()
                + rate(histories);
    }

    /** The suggested ratings as of today, then any overrides on top. */
    private int rate(List<LeavingCareHistory> histories) {
        LocalDate today = LocalDate.now(clock);
        RagPolicy policy = assessor.policy(today);
        List<UUID> ids = histories.stream().map(LeavingCareHistory::childId).toList();
        Map<UUID, Records.Current> current = records.currentOf(ids);
        Map<UUID, LeavingCareHistory> byId = new java.util.HashMap<>();
        histories.forEach(h -> byId.put(h.childId(), h));
        List<Object[]> rows = new ArrayList<>();
        Timestamp suggestedAt = Timestamp.from(Instant.now(clock).minusSeconds(60));
        Timestamp overriddenAt = Timestamp.from(Instant.now(clock));
        for (CareHistory history : careHistories.of(ids)) {
            Picture picture = assessor.picture(history, current.get(history.childId()), today, policy);
            if (!picture.category().inCohort()) {
                continue;
            }
            for (RagDomain domain : RagDomain.values()) {
                RagSuggestion s = picture.suggestion(domain);
                rows.add(new Object[] {UUID.randomUUID(), history.childId(), domain.name(), s.rating().name(),
                        s.rating().name(), false, null, s.firedText(), today, null, "Hearth (suggested)",
                        suggestedAt});
            }
            for (LeavingCareHistory.Override o : byId.get(history.childId()).overrides()) {
                RagSuggestion s = picture.suggestion(o.domain());
                if (o.rating() == s.rating()) {
                    continue;
                }
                rows.add(new Object[] {UUID.randomUUID(), history.childId(), o.domain().name(), s.rating().name(),
                        o.rating().name(), true, o.reason(), s.firedText(), o.on(), o.givenBy(), o.givenByName(),
                        overriddenAt});
            }
        }
        jdbc.batchUpdate("INSERT INTO rag_rating (id, child_id, domain, suggested, given, overridden, reason, "
                + "rules_fired, rated_on, given_by, given_by_name, given_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)", rows);
        return rows.size();
    }

    /** Many young people's statuses (child, kind, code, from), oldest first, for an import to compare. */
    public List<Object[]> statuses(java.util.Collection<UUID> childIds) {
        return jdbc.query("""
                SELECT child_id, kind, code, started_on FROM care_leaver_status WHERE child_id = ANY(?)
                ORDER BY child_id, started_on, recorded_at""",
                (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    rs.getDate(4).toLocalDate()},
                (Object) childIds.toArray(UUID[]::new));
    }

    private static void addStatuses(List<Object[]> rows, UUID childId, String kind,
            List<LeavingCareHistory.Coded> coded, UUID by) {
        for (LeavingCareHistory.Coded c : coded) {
            rows.add(new Object[] {UUID.randomUUID(), childId, kind, c.code(), c.from(), c.lastContactOn(), by});
        }
    }
}
