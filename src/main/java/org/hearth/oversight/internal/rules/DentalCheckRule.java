package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/**
 * Dental checks: no statutory interval, the national indicator counts a check in the year; the interval is local
 * policy (default 6-monthly, ../shared/docs/domain.md).
 */
@Component
public class DentalCheckRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        if (!facts.inCare()) {
            return Optional.empty();
        }
        var interval = context.timescales().dentalCheck();
        LocalDate since = facts.periodStart().orElseThrow();
        Optional<ActivityView> last = facts.latest(ActivityKind.DENTAL_CHECK, since);
        String why = last.map(a -> "Last dental check " + Wording.date(a.date()))
                .orElse("No dental check since becoming looked after on " + Wording.date(since))
                + "; checks every " + Wording.period(interval) + " (local standard)";
        LocalDate from = last.map(ActivityView::date).orElse(since);
        return Optional.of(new DueItem(facts.childId(), DueKind.DENTAL_CHECK, from.plus(interval), why, true,
                Wording.recordPath(facts.childId(), ActivityKind.DENTAL_CHECK)));
    }
}
