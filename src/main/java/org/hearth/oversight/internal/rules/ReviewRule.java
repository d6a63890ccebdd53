package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hearth.calendar.WorkingDate;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/**
 * Looked-after reviews, CPPCR regulation 33: the first within 20 working days of becoming looked after, the second
 * at most 3 months after it, then at most 6 months apart. Counted within the current period of care.
 */
@Component
public class ReviewRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        if (!facts.inCare()) {
            return Optional.empty();
        }
        LocalDate since = facts.periodStart().orElseThrow();
        List<ActivityView> reviews = facts.activities(ActivityKind.REVIEW).stream()
                .filter(r -> !r.date().isBefore(since)).toList();
        var t = context.timescales();
        if (reviews.isEmpty()) {
            WorkingDate due = context.calendar().after(since, t.firstReviewWorkingDays());
            return Optional.of(item(facts, due.date(), "Looked after since " + Wording.date(since)
                    + "; the first review is due within " + Wording.workingDays(t.firstReviewWorkingDays())
                    + " (CPPCR reg 33)", due.holidaysKnown()));
        }
        LocalDate last = reviews.get(reviews.size() - 1).date();
        if (reviews.size() == 1) {
            return Optional.of(item(facts, last.plus(t.secondReview()), "First review held " + Wording.date(last)
                    + "; the second is due within " + Wording.period(t.secondReview()) + " (CPPCR reg 33)", true));
        }
        return Optional.of(item(facts, last.plus(t.laterReviews()), "Last review held " + Wording.date(last)
                + "; reviews at most " + Wording.period(t.laterReviews()) + " apart (CPPCR reg 33)", true));
    }

    private static DueItem item(CaseFacts facts, LocalDate dueBy, String why, boolean certain) {
        return new DueItem(facts.childId(), DueKind.REVIEW, dueBy, why, certain,
                Wording.recordPath(facts.childId(), ActivityKind.REVIEW));
    }
}
