package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

import org.hearth.calendar.WorkingDate;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/**
 * Personal education plan for a child of compulsory school age (DfE guidance via virtual schools): started within
 * 10 working days of becoming looked after, then reviewed each school term (local: at most 4 months apart).
 */
@Component
public class PersonalEducationPlanRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        if (!facts.inCare() || !ofCompulsorySchoolAge(facts, facts.today())) {
            return Optional.empty();
        }
        var t = context.timescales();
        LocalDate since = facts.periodStart().orElseThrow();
        Optional<ActivityView> last = facts.latest(ActivityKind.PERSONAL_EDUCATION_PLAN, since);
        if (last.isEmpty()) {
            WorkingDate due = context.calendar().after(since, t.pepStartWorkingDays());
            return Optional.of(item(facts, due.date(), "Looked after since " + Wording.date(since)
                    + "; no personal education plan since: to be started within "
                    + Wording.workingDays(t.pepStartWorkingDays()), due.holidaysKnown()));
        }
        LocalDate lastOn = last.get().date();
        return Optional.of(item(facts, lastOn.plus(t.pepReview()), "Last personal education plan "
                + Wording.date(lastOn) + "; reviewed each school term (at most " + Wording.period(t.pepReview())
                + " apart)", true));
    }

    /**
     * From 5 until the end of June of the school year in which the child turns 16 (school years start on 1
     * September).
     */
    static boolean ofCompulsorySchoolAge(CaseFacts facts, LocalDate on) {
        LocalDate sixteen = facts.birthday(16);
        int leavingYear = sixteen.getMonthValue() >= Month.SEPTEMBER.getValue() ? sixteen.getYear() + 1
                : sixteen.getYear();
        return facts.ageOn(on) >= 5 && !on.isAfter(LocalDate.of(leavingYear, Month.JUNE, 30));
    }

    private static DueItem item(CaseFacts facts, LocalDate dueBy, String why, boolean certain) {
        return new DueItem(facts.childId(), DueKind.PERSONAL_EDUCATION_PLAN, dueBy, why, certain,
                Wording.recordPath(facts.childId(), ActivityKind.PERSONAL_EDUCATION_PLAN));
    }
}
