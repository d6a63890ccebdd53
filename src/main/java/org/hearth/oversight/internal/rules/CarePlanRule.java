package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.hearth.calendar.WorkingDate;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.springframework.stereotype.Component;

/** Care plan, CPPCR regulation 4(2): before the first placement, or within 10 working days of it. */
@Component
public class CarePlanRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        if (!facts.inCare()) {
            return Optional.empty();
        }
        LocalDate since = facts.periodStart().orElseThrow();
        // a plan made just before the placement counts
        if (facts.latest(ActivityKind.CARE_PLAN, since.minusMonths(1)).isPresent()) {
            return Optional.empty();
        }
        int days = context.timescales().carePlanWorkingDays();
        WorkingDate due = context.calendar().after(since, days);
        return Optional.of(new DueItem(facts.childId(), DueKind.CARE_PLAN, due.date(), "Looked after since "
                + Wording.date(since) + " with no care plan recorded; due within " + Wording.workingDays(days)
                + " of the first placement (CPPCR reg 4(2))", due.holidaysKnown(),
                Wording.recordPath(facts.childId(), ActivityKind.CARE_PLAN)));
    }
}
