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
 * Personal adviser contact with a care leaver, Care Leavers Regulations reg 8(2): at most 2 months apart (the local
 * standard is often 8 weeks, the default here). Personal adviser support is offered to every care leaver up to 25.
 */
@Component
public class PersonalAdviserContactRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        if (!facts.careLeaver()) {
            return Optional.empty();
        }
        var interval = context.timescales().personalAdviserContact();
        LocalDate careEnded = facts.careEnded().orElseThrow();
        Optional<ActivityView> last = facts.latest(ActivityKind.PERSONAL_ADVISER_CONTACT, facts.birthday(16));
        LocalDate from = last.map(ActivityView::date).filter(d -> d.isAfter(careEnded)).orElse(careEnded);
        String why = (from.equals(careEnded) ? "Left care " + Wording.date(careEnded) + " with no contact since"
                : "Last contact " + Wording.date(from)) + "; contact at least every " + Wording.period(interval)
                + " (CLR reg 8(2))";
        return Optional.of(new DueItem(facts.childId(), DueKind.PERSONAL_ADVISER_CONTACT, from.plus(interval), why,
                true, Wording.recordPath(facts.childId(), ActivityKind.PERSONAL_ADVISER_CONTACT)));
    }
}
