package org.hearth.pathwayplans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.pathwayplans.PlanActionStatus;
import org.hearth.pathwayplans.PlanSection;
import org.hearth.pathwayplans.PlanStatus;
import org.hearth.pathwayplans.SignedOffPathwayPlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pathway plan tables: plans, their sections and their actions. */
@Repository
public class PlanRepository {

    private static final String COLUMNS = """
            id, child_id, status, copied_from, young_person_views, submitted_by, submitted_at, signed_off_by,
            signed_off_on, sign_off_comment, review_due_on, returned_comment, version, created_by, created_at,
            changed_by, changed_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PlanRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A new draft with every section, empty or copied. */
    void insertDraft(UUID id, UUID childId, UUID copiedFrom, String views, Map<PlanSection, StoredPlan.Section> sections,
            UUID by, java.time.Instant at) {
        jdbc.sql("""
                INSERT INTO pathway_plan (id, child_id, status, copied_from, young_person_views, created_by, created_at,
                    changed_by, changed_at)
                VALUES (:id, :child, 'DRAFT', :from, :views, :by, :at, :by, :at)""")
                .param("id", id).param("child", childId).param("from", copiedFrom).param("views", views)
                .param("by", by).param("at", java.sql.Timestamp.from(at)).update();
        for (PlanSection section : PlanSection.values()) {
            StoredPlan.Section s = sections.get(section);
            jdbc.sql("""
                    INSERT INTO pathway_plan_section (plan_id, section, assessed_need, whats_working, goals,
                        young_person_views) VALUES (:plan, :section, :need, :working, :goals, :views)""")
                    .param("plan", id).param("section", section.name())
                    .param("need", s == null ? null : s.assessedNeed())
                    .param("working", s == null ? null : s.whatsWorking()).param("goals", s == null ? null : s.goals())
                    .param("views", s == null ? null : s.youngPersonViews()).update();
            if (s != null) {
                insertActions(id, section, s.actions());
            }
        }
    }

    private void insertActions(UUID planId, PlanSection section, List<StoredPlan.Action> actions) {
        for (int i = 0; i < actions.size(); i++) {
            StoredPlan.Action a = actions.get(i);
            jdbc.sql("""
                    INSERT INTO pathway_plan_action (id, plan_id, section, position, description, owner_id, owner_name,
                        target_date, status)
                    VALUES (:id, :plan, :section, :position, :description, :owner, :ownerName, :target, :status)""")
                    .param("id", a.id() == null ? UUID.randomUUID() : a.id()).param("plan", planId)
                    .param("section", section.name()).param("position", i).param("description", a.description())
                    .param("owner", a.ownerId()).param("ownerName", a.ownerName()).param("target", a.targetDate())
                    .param("status", a.status().name()).update();
        }
    }

    /**
     * Moves the plan to its next version, if it is still at {@code expectedVersion}: every change does this first, so
     * two people saving at once cannot both succeed.
     */
    boolean bump(UUID planId, int expectedVersion, UUID by) {
        return jdbc.sql("""
                UPDATE pathway_plan SET version = version + 1, changed_by = :by, changed_at = now()
                WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("by", by).param("id", planId).param("version", expectedVersion).update() == 1;
    }

    void replaceSection(UUID planId, StoredPlan.Section s) {
        jdbc.sql("""
                UPDATE pathway_plan_section SET assessed_need = :need, whats_working = :working, goals = :goals,
                    young_person_views = :views WHERE plan_id = :plan AND section = :section""")
                .param("need", s.assessedNeed()).param("working", s.whatsWorking()).param("goals", s.goals())
                .param("views", s.youngPersonViews()).param("plan", planId).param("section", s.section().name())
                .update();
        jdbc.sql("DELETE FROM pathway_plan_action WHERE plan_id = :plan AND section = :section")
                .param("plan", planId).param("section", s.section().name()).update();
        insertActions(planId, s.section(), s.actions());
    }

    /** Each change below is one statement that also moves the version on: false when someone changed it first. */
    boolean setViews(UUID planId, int expectedVersion, String views, UUID by) {
        return jdbc.sql("""
                UPDATE pathway_plan SET young_person_views = :views, version = version + 1, changed_by = :by,
                    changed_at = now()
                WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("views", views).param("by", by).param("id", planId).param("version", expectedVersion)
                .update() == 1;
    }

    boolean submit(UUID planId, int expectedVersion, UUID by) {
        return jdbc.sql("""
                UPDATE pathway_plan SET status = 'AWAITING_SIGN_OFF', submitted_by = :by, submitted_at = now(),
                    version = version + 1, changed_by = :by, changed_at = now()
                WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("by", by).param("id", planId).param("version", expectedVersion).update() == 1;
    }

    boolean returnToDraft(UUID planId, int expectedVersion, String comment, UUID by) {
        return jdbc.sql("""
                UPDATE pathway_plan SET status = 'DRAFT', returned_comment = :comment, version = version + 1,
                    changed_by = :by, changed_at = now()
                WHERE id = :id AND version = :version AND status = 'AWAITING_SIGN_OFF'""")
                .param("comment", comment).param("by", by).param("id", planId).param("version", expectedVersion)
                .update() == 1;
    }

    boolean signOff(UUID planId, int expectedVersion, UUID by, LocalDate on, String comment, LocalDate reviewDueOn) {
        return jdbc.sql("""
                UPDATE pathway_plan SET status = 'SIGNED_OFF', signed_off_by = :by, signed_off_on = :on,
                    sign_off_comment = :comment, review_due_on = :review, version = version + 1, changed_by = :by,
                    changed_at = now()
                WHERE id = :id AND version = :version AND status = 'AWAITING_SIGN_OFF'""")
                .param("by", by).param("on", on).param("comment", comment).param("review", reviewDueOn)
                .param("id", planId).param("version", expectedVersion).update() == 1;
    }

    Optional<StoredPlan> find(UUID childId, UUID planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pathway_plan WHERE id = :id AND child_id = :child")
                .param("id", planId).param("child", childId).query(PlanRepository::header).optional()
                .map(this::withSections);
    }

    Optional<StoredPlan> findForUpdate(UUID childId, UUID planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pathway_plan WHERE id = :id AND child_id = :child FOR UPDATE")
                .param("id", planId).param("child", childId).query(PlanRepository::header).optional()
                .map(this::withSections);
    }

    /** A young person's plans, the one in the making first, then signed off, newest first; without sections. */
    List<StoredPlan> headersOf(UUID childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pathway_plan WHERE child_id = :child "
                + "ORDER BY status = 'SIGNED_OFF', signed_off_on DESC NULLS FIRST, created_at DESC")
                .param("child", childId).query(PlanRepository::header).list();
    }

    Optional<StoredPlan> latestSignedOff(UUID childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pathway_plan WHERE child_id = :child AND status = 'SIGNED_OFF' "
                + "ORDER BY signed_off_on DESC, created_at DESC LIMIT 1")
                .param("child", childId).query(PlanRepository::header).optional().map(this::withSections);
    }

    Optional<UUID> inTheMaking(UUID childId) {
        return jdbc.sql("SELECT id FROM pathway_plan WHERE child_id = :child AND status <> 'SIGNED_OFF'")
                .param("child", childId).query(UUID.class).optional();
    }

    /** The latest signed-off plan of many young people, a thousand per query; those with none are left out. */
    public Map<UUID, SignedOffPathwayPlan> latestSignedOffOf(Collection<UUID> childIds) {
        Map<UUID, SignedOffPathwayPlan> result = new HashMap<>();
        List<UUID> ids = childIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
                    SELECT DISTINCT ON (child_id) child_id, id, signed_off_on, review_due_on FROM pathway_plan
                    WHERE child_id IN (:ids) AND status = 'SIGNED_OFF'
                    ORDER BY child_id, signed_off_on DESC, created_at DESC""")
                    .param("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
                    .query((rs, n) -> new SignedOffPathwayPlan(rs.getObject("child_id", UUID.class),
                            rs.getObject("id", UUID.class), rs.getDate("signed_off_on").toLocalDate(),
                            rs.getDate("review_due_on").toLocalDate()))
                    .list().forEach(p -> result.put(p.childId(), p));
        }
        return result;
    }

    /** Bulk rows: plans, then every section, then every action, each as one JDBC batch. */
    public void insertAll(List<Object[]> plans, List<Object[]> sections, List<Object[]> actions) {
        template.batchUpdate("""
                INSERT INTO pathway_plan (id, child_id, status, young_person_views, submitted_by, submitted_at,
                    signed_off_by, signed_off_on, sign_off_comment, review_due_on, created_by, created_at, changed_by,
                    changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", plans);
        template.batchUpdate("""
                INSERT INTO pathway_plan_section (plan_id, section, assessed_need, whats_working, goals)
                VALUES (?, ?, ?, ?, ?)""", sections);
        template.batchUpdate("""
                INSERT INTO pathway_plan_action (id, plan_id, section, position, description, owner_id, owner_name,
                    target_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", actions);
    }

    private StoredPlan withSections(StoredPlan header) {
        Map<PlanSection, List<StoredPlan.Action>> actions = new EnumMap<>(PlanSection.class);
        jdbc.sql("""
                SELECT section, id, description, owner_id, owner_name, target_date, status FROM pathway_plan_action
                WHERE plan_id = :plan ORDER BY section, position""")
                .param("plan", header.id()).query((rs, n) -> {
                    actions.computeIfAbsent(PlanSection.valueOf(rs.getString("section")), s -> new ArrayList<>())
                            .add(new StoredPlan.Action(rs.getObject("id", UUID.class), rs.getString("description"),
                                    rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
                                    rs.getDate("target_date").toLocalDate(),
                                    PlanActionStatus.valueOf(rs.getString("status"))));
                    return null;
                }).list();
        Map<PlanSection, StoredPlan.Section> sections = new LinkedHashMap<>();
        Map<PlanSection, StoredPlan.Section> stored = new EnumMap<>(PlanSection.class);
        jdbc.sql("""
                SELECT section, assessed_need, whats_working, goals, young_person_views FROM pathway_plan_section
                WHERE plan_id = :plan""")
                .param("plan", header.id()).query((rs, n) -> {
                    PlanSection section = PlanSection.valueOf(rs.getString("section"));
                    stored.put(section, new StoredPlan.Section(section, rs.getString("assessed_need"),
                            rs.getString("whats_working"), rs.getString("goals"), rs.getString("young_person_views"),
                            List.copyOf(actions.getOrDefault(section, List.of()))));
                    return null;
                }).list();
        for (PlanSection section : PlanSection.values()) {
            sections.put(section, stored.getOrDefault(section,
                    new StoredPlan.Section(section, null, null, null, null, List.of())));
        }
        return new StoredPlan(header.id(), header.childId(), header.status(), header.copiedFrom(),
                header.youngPersonViews(), header.submittedBy(), header.submittedAt(), header.signedOffBy(),
                header.signedOffOn(), header.signOffComment(), header.reviewDueOn(), header.returnedComment(),
                header.version(), header.createdBy(), header.createdAt(), header.changedBy(), header.changedAt(),
                sections);
    }

    private static StoredPlan header(ResultSet rs, int n) throws SQLException {
        return new StoredPlan(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                PlanStatus.valueOf(rs.getString("status")), rs.getObject("copied_from", UUID.class),
                rs.getString("young_person_views"), rs.getObject("submitted_by", UUID.class),
                instant(rs.getTimestamp("submitted_at")), rs.getObject("signed_off_by", UUID.class),
                date(rs.getDate("signed_off_on")), rs.getString("sign_off_comment"),
                date(rs.getDate("review_due_on")), rs.getString("returned_comment"), rs.getInt("version"),
                rs.getObject("created_by", UUID.class), instant(rs.getTimestamp("created_at")),
                rs.getObject("changed_by", UUID.class), instant(rs.getTimestamp("changed_at")), Map.of());
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
