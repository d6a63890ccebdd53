package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.springframework.stereotype.Component;

/**
 * Needs assessment and pathway plan, CPPCR regulations 42-43 and the Care Leavers Regulations: within 3 months of
 * the 16th birthday for a child looked after then (or of becoming eligible, 13 weeks into care, for one who came into
 * care later). Shown from 15, so that it can be planned.
 */
@Component
public class NeedsAssessmentRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        // a signed-off pathway plan is the assessment and first plan done (CPPCR reg 42-43)
        if (!facts.activities(ActivityKind.NEEDS_ASSESSMENT).isEmpty() || facts.pathwayPlan().isPresent()) {
            return Optional.empty();
        }
        LocalDate sixteen = facts.birthday(16);
        LocalDate from;
        String why;
        if (facts.inCare() && facts.ageOn(facts.today()) >= 15) {
            LocalDate eligible = facts.periodStart().orElseThrow().plusWeeks(13);
            from = eligible.isAfter(sixteen) ? eligible : sixteen;
            why = (from.equals(sixteen) ? "16 on " + Wording.date(sixteen) : "Eligible for leaving care support from "
                    + Wording.date(from) + " (13 weeks looked after)");
        } else if (facts.careLeaver()) {
            from = facts.careEnded().orElseThrow().isBefore(sixteen) ? sixteen : facts.careEnded().orElseThrow();
            why = "Care leaver since " + Wording.date(facts.careEnded().orElseThrow());
        } else {
            return Optional.empty();
        }
        var within = context.timescales().needsAssessmentAfter16();
        return Optional.of(new DueItem(facts.childId(), DueKind.NEEDS_ASSESSMENT, from.plus(within), why
                + "; no needs assessment recorded: it and the pathway plan are due within " + Wording.period(within)
                + " (CPPCR reg 42-43)", true, Wording.recordPath(facts.childId(), ActivityKind.NEEDS_ASSESSMENT)));
    }
}
