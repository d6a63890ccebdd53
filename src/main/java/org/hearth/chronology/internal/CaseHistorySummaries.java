package org.hearth.chronology.internal;

import org.hearth.children.ChildGate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.policy.Policies;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case-history summary at the top of a chronology (who the child is, why they are looked after, key history,
 * current plan), every version kept, and the signposting statements to chronologies of earlier periods.
 */
@Service
public class CaseHistorySummaries {

    static final String STALE_AFTER = "timescale.chronology.summary-review";
    static final String SIGNPOSTING_WORDING = "wording.chronology.signposting";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final ChildGate gate;
    private final Policies policies;
    private final Clock clock;

    CaseHistorySummaries(JdbcClient jdbc, ChildGate gate, Policies policies, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.policies = policies;
        this.clock = clock;
    }

    /** The top of the chronology; the caller has already checked and logged access to the child. */
    @Transactional(readOnly = true)
    public Top top(UUID childId) {
        LocalDate today = LocalDate.now(clock);
        List<SummaryVersion> versions = versions(childId);
        SummaryVersion current = versions.isEmpty() ? null : versions.get(0);
        Period staleAfter = policies.period(STALE_AFTER, today);
        // domain: kept current before reviews; issue 4: stale when not reviewed for 3 months (a policy setting),
        // or when the child's latest looked-after review is newer than the summary
        LocalDate lastReview = lastReview(childId);
        LocalDate reviewSince = current != null && lastReview != null && lastReview.isAfter(current.writtenOn())
                ? lastReview : null;
        boolean stale = current != null && (current.writtenOn().plus(staleAfter).isBefore(today) || reviewSince != null);
        return new Top(current, versions, stale, staleAfter, reviewSince, policies.value(SIGNPOSTING_WORDING, today),
                signposts(childId));
    }

    /** The child's latest looked-after review, from the entries the reviews recorded made (practice module events). */
    private LocalDate lastReview(UUID childId) {
        return jdbc.sql("""
                SELECT max(event_date) FROM chronology_entry WHERE child_id = :child AND automatic
                AND source_record_type = 'STATUTORY_ACTIVITY' AND title = :review AND NOT entered_in_error""")
                .param("child", childId).param("review", org.hearth.practice.ActivityKind.REVIEW.label())
                .query(LocalDate.class).optional().orElse(null);
    }

    /** Writes a new version; identical text counts as a review ("still right"), recorded as such. */
    @Transactional
    public void write(CurrentUser user, UUID childId, SummaryText text) {
        gate.require(user, childId, AccessAction.CHANGE, "wrote the case-history summary");
        List<FieldProblem> problems = new ArrayList<>();
        String who = required(text.whoTheChildIs(), "whoTheChildIs", "Enter who the child is", problems);
        String why = required(text.whyLookedAfter(), "whyLookedAfter", "Enter why the child is looked after",
                problems);
        String history = required(text.keyHistory(), "keyHistory", "Enter the key history", problems);
        String plan = required(text.currentPlan(), "currentPlan", "Enter the current plan", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<SummaryVersion> versions = versions(childId);
        SummaryVersion current = versions.isEmpty() ? null : versions.get(0);
        boolean unchanged = current != null && current.whoTheChildIs().equals(who)
                && current.whyLookedAfter().equals(why) && current.keyHistory().equals(history)
                && current.currentPlan().equals(plan);
        insert(user, childId, current == null ? 1 : current.version() + 1, new SummaryText(who, why, history, plan),
                unchanged);
    }

    /** The worker read the summary and it is still right: recorded as a review without changing the text. */
    @Transactional
    public void markReviewed(CurrentUser user, UUID childId) {
        gate.require(user, childId, AccessAction.CHANGE, "reviewed the case-history summary");
        List<SummaryVersion> versions = versions(childId);
        if (versions.isEmpty()) {
            throw InvalidInputException.of("whoTheChildIs", "Write the summary first");
        }
        SummaryVersion current = versions.get(0);
        insert(user, childId, current.version() + 1, new SummaryText(current.whoTheChildIs(),
                current.whyLookedAfter(), current.keyHistory(), current.currentPlan()), true);
    }

    @Transactional
    public void addSignpost(CurrentUser user, UUID childId, NewSignpost in) {
        gate.require(user, childId, AccessAction.CHANGE, "added a signposting statement");
        List<FieldProblem> problems = new ArrayList<>();
        String heldIn = required(in.heldIn(), "heldIn", "Enter the system or file that holds the earlier chronology",
                problems);
        String reference = required(in.reference(), "reference", "Enter its reference or location", problems);
        if (in.periodFrom() != null && in.periodTo() != null && in.periodTo().isBefore(in.periodFrom())) {
            problems.add(new FieldProblem("periodTo", "The end of the period must be after its start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("""
                INSERT INTO chronology_signpost (id, child_id, held_in, reference, period_from, period_to, note,
                    recorded_by, recorded_by_name)
                VALUES (:id, :childId, :heldIn, :reference, :from, :to, :note, :by, :byName)""")
                .param("id", UUID.randomUUID()).param("childId", childId).param("heldIn", heldIn)
                .param("reference", reference).param("from", in.periodFrom()).param("to", in.periodTo())
                .param("note", in.note() == null || in.note().isBlank() ? null : in.note().trim())
                .param("by", user.id()).param("byName", user.displayName()).update();
    }

    private void insert(CurrentUser user, UUID childId, int version, SummaryText text, boolean reviewedOnly) {
        jdbc.sql("""
                INSERT INTO chronology_summary_version (child_id, version, who_the_child_is, why_looked_after,
                    key_history, current_plan, reviewed_only, written_by, written_by_name, written_at)
                VALUES (:childId, :version, :who, :why, :history, :plan, :reviewedOnly, :by, :byName, :at)""")
                .param("childId", childId).param("version", version).param("who", text.whoTheChildIs())
                .param("why", text.whyLookedAfter()).param("history", text.keyHistory())
                .param("plan", text.currentPlan()).param("reviewedOnly", reviewedOnly).param("by", user.id())
                .param("byName", user.displayName())
                .param("at", java.sql.Timestamp.from(Instant.now(clock))).update();
    }

    private List<SummaryVersion> versions(UUID childId) {
        return jdbc.sql("""
                SELECT version, who_the_child_is, why_looked_after, key_history, current_plan, reviewed_only,
                    written_by_name, written_at
                FROM chronology_summary_version WHERE child_id = :childId ORDER BY version DESC""")
                .param("childId", childId)
                .query((rs, n) -> new SummaryVersion(rs.getInt("version"), rs.getString("who_the_child_is"),
                        rs.getString("why_looked_after"), rs.getString("key_history"), rs.getString("current_plan"),
                        rs.getBoolean("reviewed_only"), rs.getString("written_by_name"),
                        rs.getTimestamp("written_at").toInstant().atZone(LONDON).toLocalDate()))
                .list();
    }

    private List<Signpost> signposts(UUID childId) {
        return jdbc.sql("""
                SELECT held_in, reference, period_from, period_to, note, recorded_by_name
                FROM chronology_signpost WHERE child_id = :childId ORDER BY period_from NULLS FIRST, recorded_at""")
                .param("childId", childId)
                .query((rs, n) -> new Signpost(rs.getString("held_in"), rs.getString("reference"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getString("note"), rs.getString("recorded_by_name")))
                .list();
    }

    private static String required(String value, String field, String message, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
        if (value.length() > ChronologyService.TEXT_MAX) {
            problems.add(new FieldProblem(field, "Must be " + ChronologyService.TEXT_MAX + " characters or fewer"));
        }
        return value.trim();
    }

    /** The four parts of the summary. */
    public record SummaryText(String whoTheChildIs, String whyLookedAfter, String keyHistory, String currentPlan) {
    }

    /** One version of the summary; the latest is current and says when it was last reviewed and by whom. */
    public record SummaryVersion(int version, String whoTheChildIs, String whyLookedAfter, String keyHistory,
            String currentPlan, boolean reviewedOnly, String writtenBy, LocalDate writtenOn) {
    }

    /** A reference to a chronology of an earlier period held elsewhere. */
    public record Signpost(String heldIn, String reference, LocalDate periodFrom, LocalDate periodTo, String note,
            String recordedBy) {

        public String period() {
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                    java.util.Locale.UK);
            if (periodFrom == null && periodTo == null) {
                return "Period not known";
            }
            return (periodFrom == null ? "…" : f.format(periodFrom)) + " to "
                    + (periodTo == null ? "…" : f.format(periodTo));
        }
    }

    public record NewSignpost(String heldIn, String reference, LocalDate periodFrom, LocalDate periodTo,
            String note) {
    }

    /**
     * @param stale not reviewed within the configured period, or older than the child's latest review
     * @param reviewSince the date of a looked-after review held since the summary was last reviewed, or null
     * @param signpostingWording the service's standard signposting sentence
     */
    public record Top(SummaryVersion summary, List<SummaryVersion> versions, boolean stale, Period staleAfter,
            LocalDate reviewSince, String signpostingWording, List<Signpost> signposts) {
    }
}
