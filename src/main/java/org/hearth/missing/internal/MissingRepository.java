package org.hearth.missing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.missing.AgeAssessmentStatus;
import org.hearth.missing.InterviewResponse;
import org.hearth.missing.MissingType;
import org.hearth.missing.RiskLevel;
import org.hearth.missing.StepOutcome;
import org.hearth.missing.TraffickingStep;
import org.hearth.missing.TransferOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The missing from care and UASC tables. */
@Repository
public class MissingRepository {

    private static final String EPISODE = """
            SELECT id, child_id, missing_type, started_at, ended_at, where_found, reported_to_police, police_reference,
                risk_level, risk_note, uasc, version, recorded_by, recorded_at FROM missing_episode""";
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MissingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An episode as typed. */
    record EpisodeFields(MissingType type, Instant startedAt, Instant endedAt, String whereFound,
            boolean reportedToPolice, String policeReference, RiskLevel risk, String riskNote) {
    }

    void insertEpisode(UUID id, UUID childId, EpisodeFields f, boolean uasc, UUID by) {
        jdbc.sql("""
                INSERT INTO missing_episode (id, child_id, missing_type, started_at, ended_at, where_found,
                    reported_to_police, police_reference, risk_level, risk_note, uasc, recorded_by)
                VALUES (:id, :child, :type, :started, :ended, :where, :police, :ref, :risk, :note, :uasc, :by)""")
                .param("id", id).param("child", childId).param("type", f.type().name())
                .param("started", ts(f.startedAt())).param("ended", ts(f.endedAt())).param("where", f.whereFound())
                .param("police", f.reportedToPolice()).param("ref", f.policeReference()).param("risk", f.risk().name())
                .param("note", f.riskNote()).param("uasc", uasc).param("by", by).update();
    }

    boolean updateEpisode(UUID id, int expectedVersion, EpisodeFields f, UUID by) {
        return jdbc.sql("""
                UPDATE missing_episode SET missing_type = :type, started_at = :started, ended_at = :ended,
                    where_found = :where, reported_to_police = :police, police_reference = :ref, risk_level = :risk,
                    risk_note = :note, changed_by = :by, changed_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
                .param("type", f.type().name()).param("started", ts(f.startedAt())).param("ended", ts(f.endedAt()))
                .param("where", f.whereFound()).param("police", f.reportedToPolice())
                .param("ref", f.policeReference()).param("risk", f.risk().name()).param("note", f.riskNote())
                .param("by", by).param("id", id).param("version", expectedVersion).update() == 1;
    }

    void insertStep(UUID episodeId, UUID childId, TraffickingStep step, Instant dueAt) {
        jdbc.sql("""
                INSERT INTO trafficking_protocol_step (episode_id, step, child_id, due_at)
                VALUES (:episode, :step, :child, :due)""")
                .param("episode", episodeId).param("step", step.name()).param("child", childId).param("due", ts(dueAt))
                .update();
    }

    void moveStepDue(UUID episodeId, TraffickingStep step, Instant dueAt) {
        jdbc.sql("UPDATE trafficking_protocol_step SET due_at = :due WHERE episode_id = :episode AND step = :step")
                .param("due", ts(dueAt)).param("episode", episodeId).param("step", step.name()).update();
    }

    /** Completes an open step; false when it was already completed. */
    boolean completeStep(UUID episodeId, TraffickingStep step, StepOutcome outcome, Instant at, String byName,
            String note, UUID by) {
        return jdbc.sql("""
                UPDATE trafficking_protocol_step SET outcome = :outcome, completed_at = :at, completed_by_name = :name,
                    note = :note, recorded_by = :by, recorded_at = now()
                WHERE episode_id = :episode AND step = :step AND outcome IS NULL""")
                .param("outcome", outcome.name()).param("at", ts(at)).param("name", byName).param("note", note)
                .param("by", by).param("episode", episodeId).param("step", step.name()).update() == 1;
    }

    void insertInterview(UUID episodeId, UUID childId, StoredEpisode.Interview i, UUID by) {
        jdbc.sql("""
                INSERT INTO return_home_interview (episode_id, child_id, offered_at, offered_by_name, independent,
                    response, held_on, push_factors, pull_factors, actions, recorded_by)
                VALUES (:episode, :child, :offered, :name, :independent, :response, :held, :push, :pull, :actions,
                    :by)""")
                .param("episode", episodeId).param("child", childId).param("offered", ts(i.offeredAt()))
                .param("name", i.offeredBy()).param("independent", i.independent())
                .param("response", i.response().name()).param("held", i.heldOn()).param("push", i.pushFactors())
                .param("pull", i.pullFactors()).param("actions", i.actions()).param("by", by).update();
    }

    boolean updateInterview(UUID episodeId, int expectedVersion, StoredEpisode.Interview i, UUID by) {
        return jdbc.sql("""
                UPDATE return_home_interview SET offered_at = :offered, offered_by_name = :name,
                    independent = :independent, response = :response, held_on = :held, push_factors = :push,
                    pull_factors = :pull, actions = :actions, recorded_by = :by, recorded_at = now(),
                    version = version + 1
                WHERE episode_id = :episode AND version = :version""")
                .param("offered", ts(i.offeredAt())).param("name", i.offeredBy())
                .param("independent", i.independent()).param("response", i.response().name())
                .param("held", i.heldOn()).param("push", i.pushFactors()).param("pull", i.pullFactors())
                .param("actions", i.actions()).param("by", by).param("episode", episodeId)
                .param("version", expectedVersion).update() == 1;
    }

    Optional<StoredEpisode> find(UUID childId, UUID episodeId) {
        return jdbc.sql(EPISODE + " WHERE id = :id AND child_id = :child").param("id", episodeId)
                .param("child", childId).query(MissingRepository::episode).optional()
                .map(e -> complete(List.of(e)).get(0));
    }

    Optional<StoredEpisode> findForUpdate(UUID childId, UUID episodeId) {
        return jdbc.sql(EPISODE + " WHERE id = :id AND child_id = :child FOR UPDATE").param("id", episodeId)
                .param("child", childId).query(MissingRepository::episode).optional()
                .map(e -> complete(List.of(e)).get(0));
    }

    /** A child's episodes, newest first, complete. */
    public List<StoredEpisode> of(UUID childId) {
        return complete(jdbc.sql(EPISODE + " WHERE child_id = :child ORDER BY started_at DESC")
                .param("child", childId).query(MissingRepository::episode).list());
    }

    /** The child's other episodes that overlap a period (903 rule 574: no overlapping periods). */
    List<StoredEpisode> overlapping(UUID childId, UUID except, Instant start, Instant end) {
        return jdbc.sql(EPISODE + " " + """
                 WHERE child_id = :child AND id <> :except
                    AND (ended_at IS NULL OR ended_at > :start) AND (CAST(:end AS timestamptz) IS NULL
                        OR started_at < :end)""")
                .param("child", childId).param("except", except == null ? new UUID(0, 0) : except)
                .param("start", ts(start)).param("end", ts(end)).query(MissingRepository::episode).list();
    }

    /** Whether the child has an episode open now. */
    public boolean missingNow(UUID childId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM missing_episode WHERE child_id = :child AND ended_at IS NULL)")
                .param("child", childId).query(Boolean.class).single();
    }

    /** Serialises recording for one child, so two people cannot both open an episode (rule 574). */
    void lockChild(UUID childId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('missing:' || :child))").param("child", childId.toString())
                .query().singleValue();
    }

    private List<StoredEpisode> complete(List<StoredEpisode> episodes) {
        if (episodes.isEmpty()) {
            return episodes;
        }
        List<UUID> ids = episodes.stream().map(StoredEpisode::id).toList();
        Map<UUID, StoredEpisode.Interview> interviews = new HashMap<>();
        Map<UUID, List<StoredEpisode.Step>> steps = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            jdbc.sql("""
                    SELECT episode_id, offered_at, offered_by_name, independent, response, held_on, push_factors,
                        pull_factors, actions, version, recorded_by, recorded_at
                    FROM return_home_interview WHERE episode_id IN (:ids)""").param("ids", chunk)
                    .query((rs, n) -> interviews.put(rs.getObject("episode_id", UUID.class),
                            new StoredEpisode.Interview(instant(rs, "offered_at"), rs.getString("offered_by_name"),
                                    rs.getBoolean("independent"), InterviewResponse.valueOf(rs.getString("response")),
                                    date(rs.getDate("held_on")), rs.getString("push_factors"),
                                    rs.getString("pull_factors"), rs.getString("actions"), rs.getInt("version"),
                                    rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at")))).list();
            jdbc.sql("""
                    SELECT episode_id, step, due_at, outcome, completed_at, completed_by_name, note, recorded_by
                    FROM trafficking_protocol_step WHERE episode_id IN (:ids) ORDER BY due_at""").param("ids", chunk)
                    .query((rs, n) -> steps.computeIfAbsent(rs.getObject("episode_id", UUID.class),
                            k -> new ArrayList<>()).add(step(rs))).list();
        }
        return episodes.stream().map(e -> new StoredEpisode(e.id(), e.childId(), e.type(), e.startedAt(),
                e.endedAt(), e.whereFound(), e.reportedToPolice(), e.policeReference(), e.risk(), e.riskNote(),
                e.uasc(), e.version(), e.recordedBy(), e.recordedAt(), interviews.get(e.id()),
                steps.getOrDefault(e.id(), List.of()))).toList();
    }

    // ---- what is due, for many children at once (the drift engine) ----

    /** Ended episodes whose interview is neither held nor declined: child, episode, ended at. */
    record PendingInterview(UUID childId, UUID episodeId, Instant endedAt, boolean offered) {
    }

    List<PendingInterview> pendingInterviews(Collection<UUID> childIds) {
        List<PendingInterview> result = new ArrayList<>();
        for (List<UUID> chunk : chunks(childIds)) {
            result.addAll(jdbc.sql("""
                    SELECT e.child_id, e.id, e.ended_at, i.episode_id IS NOT NULL AS offered
                    FROM missing_episode e LEFT JOIN return_home_interview i ON i.episode_id = e.id
                    WHERE e.child_id IN (:ids) AND e.ended_at IS NOT NULL
                        AND (i.episode_id IS NULL OR (i.held_on IS NULL AND i.response <> 'DECLINED'))""")
                    .param("ids", chunk)
                    .query((rs, n) -> new PendingInterview(rs.getObject("child_id", UUID.class),
                            rs.getObject("id", UUID.class), instant(rs, "ended_at"), rs.getBoolean("offered")))
                    .list());
        }
        return result;
    }

    record OpenStep(UUID childId, UUID episodeId, TraffickingStep step, Instant dueAt) {
    }

    List<OpenStep> openSteps(Collection<UUID> childIds) {
        List<OpenStep> result = new ArrayList<>();
        for (List<UUID> chunk : chunks(childIds)) {
            result.addAll(jdbc.sql("""
                    SELECT child_id, episode_id, step, due_at FROM trafficking_protocol_step
                    WHERE child_id IN (:ids) AND outcome IS NULL""").param("ids", chunk)
                    .query((rs, n) -> new OpenStep(rs.getObject("child_id", UUID.class),
                            rs.getObject("episode_id", UUID.class), TraffickingStep.valueOf(rs.getString("step")),
                            instant(rs, "due_at"))).list());
        }
        return result;
    }

    /** Start times of episodes by child, for the pattern rules (only children with an episode appear). */
    public Map<UUID, List<Instant>> startsOf(Collection<UUID> childIds) {
        Map<UUID, List<Instant>> result = new HashMap<>();
        for (List<UUID> chunk : chunks(childIds)) {
            jdbc.sql("SELECT child_id, started_at FROM missing_episode WHERE child_id IN (:ids)").param("ids", chunk)
                    .query((rs, n) -> result.computeIfAbsent(rs.getObject("child_id", UUID.class),
                            k -> new ArrayList<>()).add(instant(rs, "started_at"))).list();
        }
        return result;
    }

    Map<UUID, LocalDate> lastDiscussions(Collection<UUID> childIds) {
        Map<UUID, LocalDate> result = new HashMap<>();
        for (List<UUID> chunk : chunks(childIds)) {
            jdbc.sql("""
                    SELECT child_id, max(held_on) AS held FROM missing_strategy_discussion WHERE child_id IN (:ids)
                    GROUP BY child_id""").param("ids", chunk)
                    .query((rs, n) -> result.put(rs.getObject("child_id", UUID.class), date(rs.getDate("held"))))
                    .list();
        }
        return result;
    }

    /** Episodes overlapping a period of days (the 903 collection year), oldest first. */
    public List<StoredEpisode> overlappingDays(Instant from, Instant until) {
        return jdbc.sql(EPISODE + " " + """
                 WHERE started_at < :until AND (ended_at IS NULL OR ended_at >= :from)
                ORDER BY child_id, started_at""")
                .param("from", ts(from)).param("until", ts(until)).query(MissingRepository::episode).list();
    }

    // ---- strategy discussions, age assessment, transfers ----

    void insertDiscussion(StoredDiscussion d) {
        jdbc.sql("""
                INSERT INTO missing_strategy_discussion (id, child_id, held_on, attendees, decision, next_steps,
                    recorded_by) VALUES (:id, :child, :held, :attendees, :decision, :next, :by)""")
                .param("id", d.id()).param("child", d.childId()).param("held", d.heldOn())
                .param("attendees", d.attendees()).param("decision", d.decision()).param("next", d.nextSteps())
                .param("by", d.recordedBy()).update();
    }

    public List<StoredDiscussion> discussions(UUID childId) {
        return jdbc.sql("""
                SELECT id, child_id, held_on, attendees, decision, next_steps, recorded_by, recorded_at
                FROM missing_strategy_discussion WHERE child_id = :child ORDER BY held_on DESC, recorded_at DESC""")
                .param("child", childId)
                .query((rs, n) -> new StoredDiscussion(rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class), date(rs.getDate("held_on")), rs.getString("attendees"),
                        rs.getString("decision"), rs.getString("next_steps"), rs.getObject("recorded_by", UUID.class),
                        instant(rs, "recorded_at"))).list();
    }

    public Optional<StoredAgeAssessment> ageAssessment(UUID childId) {
        return jdbc.sql("""
                SELECT child_id, status, status_on, outcome_note, version, recorded_by, recorded_at
                FROM uasc_age_assessment WHERE child_id = :child""").param("child", childId)
                .query((rs, n) -> new StoredAgeAssessment(rs.getObject("child_id", UUID.class),
                        AgeAssessmentStatus.valueOf(rs.getString("status")), date(rs.getDate("status_on")),
                        rs.getString("outcome_note"), rs.getInt("version"), rs.getObject("recorded_by", UUID.class),
                        instant(rs, "recorded_at"))).optional();
    }

    /** Records the assessment when none is stored and {@code expectedVersion} is -1, else changes it at that version. */
    boolean saveAgeAssessment(UUID childId, int expectedVersion, AgeAssessmentStatus status, LocalDate on,
            String note, UUID by) {
        if (expectedVersion < 0) {
            return jdbc.sql("""
                    INSERT INTO uasc_age_assessment (child_id, status, status_on, outcome_note, recorded_by)
                    VALUES (:child, :status, :on, :note, :by) ON CONFLICT (child_id) DO NOTHING""")
                    .param("child", childId).param("status", status.name()).param("on", on).param("note", note)
                    .param("by", by).update() == 1;
        }
        return jdbc.sql("""
                UPDATE uasc_age_assessment SET status = :status, status_on = :on, outcome_note = :note,
                    recorded_by = :by, recorded_at = now(), version = version + 1
                WHERE child_id = :child AND version = :version""")
                .param("child", childId).param("status", status.name()).param("on", on).param("note", note)
                .param("by", by).param("version", expectedVersion).update() == 1;
    }

    public List<StoredTransfer> transfers(UUID childId) {
        return jdbc.sql(TRANSFER + " WHERE child_id = :child ORDER BY referred_on DESC, recorded_at DESC")
                .param("child", childId).query(MissingRepository::transfer).list();
    }

    Optional<StoredTransfer> transfer(UUID childId, UUID id) {
        return jdbc.sql(TRANSFER + " WHERE child_id = :child AND id = :id").param("child", childId).param("id", id)
                .query(MissingRepository::transfer).optional();
    }

    private static final String TRANSFER = """
            SELECT id, child_id, referred_on, from_home_office_hotel, from_authority, to_authority, outcome, outcome_on,
                note, version, recorded_by, recorded_at FROM uasc_national_transfer""";

    void insertTransfer(StoredTransfer t) {
        jdbc.sql("""
                INSERT INTO uasc_national_transfer (id, child_id, referred_on, from_home_office_hotel, from_authority,
                    to_authority, outcome, outcome_on, note, recorded_by)
                VALUES (:id, :child, :referred, :hotel, :from, :to, :outcome, :outcomeOn, :note, :by)""")
                .param("id", t.id()).param("child", t.childId()).param("referred", t.referredOn())
                .param("hotel", t.fromHotel()).param("from", t.fromAuthority()).param("to", t.toAuthority())
                .param("outcome", t.outcome().name()).param("outcomeOn", t.outcomeOn()).param("note", t.note())
                .param("by", t.recordedBy()).update();
    }

    boolean updateTransfer(StoredTransfer t, int expectedVersion) {
        return jdbc.sql("""
                UPDATE uasc_national_transfer SET referred_on = :referred, from_home_office_hotel = :hotel,
                    from_authority = :from, to_authority = :to, outcome = :outcome, outcome_on = :outcomeOn,
                    note = :note, recorded_by = :by, recorded_at = now(), version = version + 1
                WHERE id = :id AND child_id = :child AND version = :version""")
                .param("id", t.id()).param("child", t.childId()).param("referred", t.referredOn())
                .param("hotel", t.fromHotel()).param("from", t.fromAuthority()).param("to", t.toAuthority())
                .param("outcome", t.outcome().name()).param("outcomeOn", t.outcomeOn()).param("note", t.note())
                .param("by", t.recordedBy()).param("version", expectedVersion).update() == 1;
    }

    // ---- bulk (demo data) ----

    public void insertAll(List<Object[]> episodes, List<Object[]> interviews, List<Object[]> steps) {
        template.batchUpdate("""
                INSERT INTO missing_episode (id, child_id, missing_type, started_at, ended_at, where_found,
                    reported_to_police, police_reference, risk_level, risk_note, uasc)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", episodes);
        template.batchUpdate("""
                INSERT INTO return_home_interview (episode_id, child_id, offered_at, offered_by_name, independent,
                    response, held_on, push_factors, pull_factors, actions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", interviews);
        template.batchUpdate("""
                INSERT INTO trafficking_protocol_step (episode_id, step, child_id, due_at, outcome, completed_at,
                    completed_by_name, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", steps);
    }

    /** Strategy discussions, age assessments and National Transfer Scheme referrals in bulk (demo data). */
    public void insertAllDecisions(List<Object[]> discussions, List<Object[]> ageAssessments,
            List<Object[]> transfers) {
        template.batchUpdate("""
                INSERT INTO missing_strategy_discussion (id, child_id, held_on, attendees, decision, next_steps)
                VALUES (?, ?, ?, ?, ?, ?)""", discussions);
        template.batchUpdate("""
                INSERT INTO uasc_age_assessment (child_id, status, status_on, outcome_note) VALUES (?, ?, ?, ?)""",
                ageAssessments);
        template.batchUpdate("""
                INSERT INTO uasc_national_transfer (id, child_id, referred_on, from_home_office_hotel, from_authority,
                    to_authority, outcome, outcome_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", transfers);
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = ids.stream().distinct().toList();
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(from + CHUNK, all.size())));
        }
        return chunks;
    }

    private static StoredEpisode episode(ResultSet rs, int n) throws SQLException {
        return new StoredEpisode(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                MissingType.valueOf(rs.getString("missing_type")), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getString("where_found"), rs.getBoolean("reported_to_police"), rs.getString("police_reference"),
                RiskLevel.valueOf(rs.getString("risk_level")), rs.getString("risk_note"), rs.getBoolean("uasc"),
                rs.getInt("version"), rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"), null,
                List.of());
    }

    private static StoredEpisode.Step step(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new StoredEpisode.Step(TraffickingStep.valueOf(rs.getString("step")), instant(rs, "due_at"),
                outcome == null ? null : StepOutcome.valueOf(outcome), instant(rs, "completed_at"),
                rs.getString("completed_by_name"), rs.getString("note"), rs.getObject("recorded_by", UUID.class));
    }

    private static StoredTransfer transfer(ResultSet rs, int n) throws SQLException {
        return new StoredTransfer(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                date(rs.getDate("referred_on")), rs.getBoolean("from_home_office_hotel"),
                rs.getString("from_authority"), rs.getString("to_authority"),
                TransferOutcome.valueOf(rs.getString("outcome")), date(rs.getDate("outcome_on")),
                rs.getString("note"), rs.getInt("version"), rs.getObject("recorded_by", UUID.class),
                instant(rs, "recorded_at"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** Many children's missing episodes (id, child, type, start, end, version), oldest first, for an import. */
    public List<Object[]> summaries(java.util.Collection<UUID> childIds) {
        return jdbc.sql("""
                SELECT id, child_id, missing_type, started_at, ended_at, version FROM missing_episode
                WHERE child_id = ANY(:ids) ORDER BY child_id, started_at""")
                .param("ids", childIds.toArray(UUID[]::new))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getString(3), rs.getTimestamp(4).toInstant(),
                    rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getInt(6)})
                .list();
    }

    /** Corrects type and end (rows: type, ended_at, by, id, version); how many rows were at their version. */
    public int correctAll(List<Object[]> rows) {
        int changed = 0;
        for (int count : template.batchUpdate("""
                UPDATE missing_episode SET missing_type = ?, ended_at = ?, changed_by = ?, changed_at = now(),
                    version = version + 1
                WHERE id = ? AND version = ?""", rows)) {
            changed += Math.max(count, 0);
        }
        return changed;
    }
}
