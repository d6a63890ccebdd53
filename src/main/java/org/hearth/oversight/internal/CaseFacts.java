package org.hearth.oversight.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.hearth.actionplans.OpenActionPlan;
import org.hearth.children.CareHistory;
import org.hearth.children.EpisodeView;
import org.hearth.missing.MissingDue;
import org.hearth.exploitation.CurrentRiskAssessment;
import org.hearth.pathwayplans.SignedOffPathwayPlan;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.hearth.supervision.DecisionView;

/**
 * One child's record as the rules see it: the care history read as periods of care and placements, and the
 * statutory activity recorded, both in date order.
 */
public final class CaseFacts {

    /** 903 reasons for a new episode that start a new placement (S new period, P and B a move to new carers). */
    private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "B");

    private final CareHistory history;
    private final List<EpisodeView> episodes;
    private final List<ActivityView> activities;
    private final List<DecisionView> openDecisions;
    private final LocalDate today;
    private final SignedOffPathwayPlan pathwayPlan;
    private final List<OpenActionPlan> openActionPlans;
    private final List<MissingDue> missingDue;
    private final CurrentRiskAssessment exploitationRisk;

    public CaseFacts(CareHistory history, List<ActivityView> activities, LocalDate today) {
        this(history, activities, List.of(), today);
    }

    public CaseFacts(CareHistory history, List<ActivityView> activities, List<DecisionView> openDecisions,
            LocalDate today) {
        this(history, activities, openDecisions, null, List.of(), today);
    }

    /**
     * @param pathwayPlan the latest signed-off pathway plan, or null when none
     * @param openActionPlans the young person's open action plans
     */
    public CaseFacts(CareHistory history, List<ActivityView> activities, List<DecisionView> openDecisions,
            SignedOffPathwayPlan pathwayPlan, List<OpenActionPlan> openActionPlans, LocalDate today) {
        this(history, activities, openDecisions, pathwayPlan, openActionPlans, null, List.of(), today);
    }

    /**
     * @param exploitationRisk the child's latest exploitation risk assessment, or null when never assessed
     * @param missingDue return home interviews, strategy discussions and trafficking protocol steps due under the
     *            missing module's timescales
     */
    public CaseFacts(CareHistory history, List<ActivityView> activities, List<DecisionView> openDecisions,
            SignedOffPathwayPlan pathwayPlan, List<OpenActionPlan> openActionPlans,
            CurrentRiskAssessment exploitationRisk, List<MissingDue> missingDue, LocalDate today) {
        this.exploitationRisk = exploitationRisk;
        this.missingDue = List.copyOf(missingDue);
        this.pathwayPlan = pathwayPlan;
        this.openActionPlans = List.copyOf(openActionPlans);
        this.history = history;
        this.openDecisions = List.copyOf(openDecisions);
        this.episodes = history.episodes().stream().sorted(Comparator.comparing(EpisodeView::decom)).toList();
        this.activities = activities.stream().sorted(Comparator.comparing(ActivityView::date)).toList();
        this.today = today;
    }

    public UUID childId() {
        return history.childId();
    }

    public LocalDate today() {
        return today;
    }

    public LocalDate dateOfBirth() {
        return history.dateOfBirth();
    }

    public LocalDate birthday(int age) {
        return history.dateOfBirth().plusYears(age);
    }

    public int ageOn(LocalDate date) {
        return (int) ChronoUnit.YEARS.between(history.dateOfBirth(), date);
    }

    public boolean inCare() {
        return !episodes.isEmpty() && episodes.get(episodes.size() - 1).open();
    }

    /** The episodes of the latest period of care: consecutive episodes that abut. */
    public List<EpisodeView> latestPeriod() {
        if (episodes.isEmpty()) {
            return List.of();
        }
        int start = episodes.size() - 1;
        while (start > 0 && episodes.get(start - 1).dec() != null
                && episodes.get(start - 1).dec().equals(episodes.get(start).decom())) {
            start--;
        }
        return episodes.subList(start, episodes.size());
    }

    /** When the latest period of care began. */
    public Optional<LocalDate> periodStart() {
        List<EpisodeView> period = latestPeriod();
        return period.isEmpty() ? Optional.empty() : Optional.of(period.get(0).decom());
    }

    /** When care last ended, if the child is not in care now. */
    public Optional<LocalDate> careEnded() {
        return inCare() || episodes.isEmpty() ? Optional.empty()
                : Optional.of(episodes.get(episodes.size() - 1).dec());
    }

    public Optional<EpisodeView> currentEpisode() {
        return inCare() ? Optional.of(episodes.get(episodes.size() - 1)) : Optional.empty();
    }

    /**
     * The episode that began the current placement: the latest start of care or move to new carers. A change of
     * legal status, or of placement type with the same carers (903 L, T, U), continues the placement.
     */
    public Optional<EpisodeView> currentPlacementStart() {
        if (!inCare()) {
            return Optional.empty();
        }
        List<EpisodeView> period = latestPeriod();
        for (int i = period.size() - 1; i >= 0; i--) {
            if (NEW_PLACEMENT.contains(period.get(i).rne())) {
                return Optional.of(period.get(i));
            }
        }
        return Optional.of(period.get(0));
    }

    /**
     * Eligible for leaving care support (../shared/docs/domain.md glossary): looked after for at least 13 weeks in
     * all since the 14th birthday, some of it from the 16th.
     */
    public boolean qualifiesForLeavingCare() {
        LocalDate fourteen = birthday(14);
        LocalDate sixteen = birthday(16);
        long days = 0;
        boolean after16 = false;
        for (EpisodeView e : episodes) {
            LocalDate end = e.dec() == null ? today : e.dec();
            LocalDate from = e.decom().isAfter(fourteen) ? e.decom() : fourteen;
            if (end.isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, end);
            }
            after16 |= end.isAfter(sixteen);
        }
        return days >= 91 && after16;
    }

    /** A care leaver now: not in care, qualified for leaving care support, and not yet 25. */
    public boolean careLeaver() {
        return !inCare() && !episodes.isEmpty() && qualifiesForLeavingCare() && today.isBefore(birthday(25));
    }

    /** Return home interviews, strategy discussions and trafficking protocol steps due (missing module). */
    public List<MissingDue> missingDue() {
        return missingDue;
    }

    /** Decisions on the child still open. */
    public List<DecisionView> openDecisions() {
        return openDecisions;
    }

    /** The latest signed-off pathway plan (pathwayplans module), if any. */
    public Optional<SignedOffPathwayPlan> pathwayPlan() {
        return Optional.ofNullable(pathwayPlan);
    }

    /** The young person's open action plans (actionplans module). */
    public List<OpenActionPlan> openActionPlans() {
        return openActionPlans;
    }

    /** The child's latest exploitation risk assessment (exploitation module), if any. */
    public Optional<CurrentRiskAssessment> exploitationRisk() {
        return Optional.ofNullable(exploitationRisk);
    }

    public List<ActivityView> activities(ActivityKind kind) {
        return activities.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The latest activity of a kind on or after a date that passes the test. */
    public Optional<ActivityView> latest(ActivityKind kind, LocalDate onOrAfter, Predicate<ActivityView> test) {
        ActivityView latest = null;
        for (ActivityView a : activities) {
            if (a.kind() == kind && !a.date().isBefore(onOrAfter) && test.test(a)) {
                latest = a;
            }
        }
        return Optional.ofNullable(latest);
    }

    public Optional<ActivityView> latest(ActivityKind kind, LocalDate onOrAfter) {
        return latest(kind, onOrAfter, a -> true);
    }

    /** The latest date anything was recorded: an activity or a change in care. */
    public Optional<LocalDate> lastRecorded() {
        LocalDate last = null;
        for (ActivityView a : activities) {
            last = last == null || a.date().isAfter(last) ? a.date() : last;
        }
        for (EpisodeView e : episodes) {
            last = last == null || e.decom().isAfter(last) ? e.decom() : last;
        }
        return Optional.ofNullable(last);
    }
}
