package org.hearth.oversight.internal.rules;

import java.util.Optional;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.springframework.stereotype.Component;

/**
 * Drift: a child in care or a care leaver with nothing recorded for longer than the local limit (default 30 days)
 * is flagged, whatever the individual timescales say.
 */
@Component
public class RecentActivityRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        if (!facts.inCare() && !facts.careLeaver()) {
            return Optional.empty();
        }
        var limit = context.timescales().noRecentActivity();
        return facts.lastRecorded().map(last -> new DueItem(facts.childId(), DueKind.RECENT_ACTIVITY,
                last.plus(limit), "Nothing recorded since " + Wording.date(last) + "; the local limit is "
                        + Wording.period(limit) + " without any recorded activity",
                true, "/children/" + facts.childId()));
    }
}
