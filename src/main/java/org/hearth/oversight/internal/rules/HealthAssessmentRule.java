package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.hearth.calendar.WorkingDate;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/**
 * Health assessments, CPPCR regulation 7 and statutory guidance: the initial one before the first review (commonly
 * within 20 working days of becoming looked after), then a review every 6 months under 5 and every 12 months from 5.
 */
@Component
public class HealthAssessmentRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        if (!facts.inCare()) {
            return Optional.empty();
        }
        var t = context.timescales();
        LocalDate since = facts.periodStart().orElseThrow();
        Optional<ActivityView> last = facts.latest(ActivityKind.HEALTH_ASSESSMENT, since);
        if (last.isEmpty()) {
            WorkingDate due = context.calendar().after(since, t.initialHealthAssessmentWorkingDays());
            return Optional.of(item(facts, due.date(), "Looked after since " + Wording.date(since)
                    + "; no health assessment since: the initial one is due within "
                    + Wording.workingDays(t.initialHealthAssessmentWorkingDays()) + " (CPPCR reg 7)",
                    due.holidaysKnown()));
        }
        LocalDate lastOn = last.get().date();
        boolean under5 = facts.ageOn(lastOn) < 5;
        Period interval = under5 ? t.healthAssessmentUnder5() : t.healthAssessment5AndOver();
        LocalDate due = lastOn.plus(interval);
        // a child who turns 5 before the 6-monthly date is next due on the yearly cycle
        return Optional.of(item(facts, due, "Last health assessment " + Wording.date(lastOn) + "; reviewed every "
                + Wording.period(interval) + (under5 ? " under 5" : " from age 5") + " (CPPCR reg 7)", true));
    }

    private static DueItem item(CaseFacts facts, LocalDate dueBy, String why, boolean certain) {
        return new DueItem(facts.childId(), DueKind.HEALTH_ASSESSMENT, dueBy, why, certain,
                Wording.recordPath(facts.childId(), ActivityKind.HEALTH_ASSESSMENT));
    }
}
