package org.hearth.missing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.calendar.BankHolidayCalendar;
import org.hearth.calendar.WorkingDays;
import org.hearth.missing.MissingDue;
import org.hearth.missing.TraffickingStep;
import org.hearth.policy.Policies;
import org.springframework.stereotype.Component;

/** What is due under this module's timescales, for many children at once (a few queries per thousand). */
@Component
public class MissingDueItems {

    private final MissingRepository store;
    private final Policies policies;
    private final WorkingDays workingDays;

    MissingDueItems(MissingRepository store, Policies policies, WorkingDays workingDays) {
        this.store = store;
        this.policies = policies;
        this.workingDays = workingDays;
    }

    public Map<UUID, List<MissingDue>> of(Collection<UUID> childIds, LocalDate today) {
        Map<UUID, List<MissingDue>> result = new HashMap<>();
        childIds.forEach(id -> result.put(id, new ArrayList<>()));
        for (MissingRepository.PendingInterview p : store.pendingInterviews(childIds)) {
            int hours = policies.number("missing.return-interview-within",
                    p.endedAt().atZone(MissingRules.LONDON).toLocalDate());
            Instant due = MissingRules.returnInterviewDue(p.endedAt(), hours);
            result.get(p.childId()).add(new MissingDue(p.childId(), MissingDue.Kind.RETURN_HOME_INTERVIEW, due,
                    "Child returned " + Times.dateTime(p.endedAt()) + (p.offered() ? "; offered, not yet held"
                            : "; not yet offered") + "; interview due by " + Times.dateTime(due) + " (within "
                            + hours + " hours of return, DfE statutory guidance 2014)",
                    "/children/" + p.childId() + "/missing/episodes/" + p.episodeId() + "/return-interview"));
        }
        for (MissingRepository.OpenStep s : store.openSteps(childIds)) {
            result.get(s.childId()).add(new MissingDue(s.childId(), MissingDue.Kind.TRAFFICKING_PROTOCOL_STEP,
                    s.dueAt(), s.step().label() + ", due by " + Times.dateTime(s.dueAt())
                            + " (local trafficking protocol for unaccompanied children)",
                    "/children/" + s.childId() + "/missing/episodes/" + s.episodeId() + "/steps/" + s.step().slug()));
        }
        Map<UUID, List<Instant>> starts = store.startsOf(childIds);
        if (!starts.isEmpty()) {
            Map<UUID, LocalDate> discussions = store.lastDiscussions(starts.keySet());
            int episodes = policies.number("missing.strategy-discussion.episodes", today);
            Period within = policies.period("missing.strategy-discussion.within", today);
            int dueWithin = policies.number("missing.strategy-discussion.due-within", today);
            BankHolidayCalendar calendar = workingDays.calendar();
            starts.forEach((child, list) -> MissingRules.strategyTrigger(list, discussions.get(child), episodes,
                    within).ifPresent(fired -> {
                        LocalDate firedOn = fired.atZone(MissingRules.LONDON).toLocalDate();
                        LocalDate due = calendar.after(firedOn, dueWithin).date();
                        result.get(child).add(new MissingDue(child, MissingDue.Kind.STRATEGY_DISCUSSION,
                                due.atStartOfDay(MissingRules.LONDON).toInstant(), episodes
                                        + " or more missing episodes within " + within.getDays() + " days (the latest "
                                        + Times.dateTime(fired) + "); strategy discussion due within " + dueWithin
                                        + " working days (local)", "/children/" + child
                                        + "/missing/strategy-discussions/new"));
                    }));
        }
        return result;
    }

    static String label(TraffickingStep step) {
        return step.label();
    }
}
