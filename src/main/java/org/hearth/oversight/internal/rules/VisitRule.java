package org.hearth.oversight.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

import org.hearth.children.EpisodeView;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.oversight.internal.Timescales;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.ActivityView;
import org.springframework.stereotype.Component;

/**
 * Social worker visits, CPPCR regulation 28 (../shared/docs/domain.md): within a week of any placement starting;
 * then at most 6 weeks apart in the placement's first year; after it, 3 months apart where the placement is meant
 * to last until 18, otherwise 6 weeks. A child placed with a parent (903 P1) is visited weekly until the first
 * review, then 6-weekly (reg 28(3)), or 4-weekly when at home on an interim care order (903 C1, reg 28(4)). Only
 * visits where the child was seen count.
 * <p>Not worked out here: reg 28(4) for a connected person with temporary approval, and reg 28(3A) (6-monthly in a
 * long-term foster placement of a year or more where the child agrees): the record does not yet say either.
 */
@Component
public class VisitRule implements DueItemRule {

    /** 903 placements intended to last until 18: long-term fostering. */
    private static final Set<String> LONG_TERM = Set.of("U1", "U4");

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        Optional<EpisodeView> placement = facts.currentPlacementStart();
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        Timescales t = context.timescales();
        LocalDate placedOn = placement.get().decom();
        EpisodeView now = facts.currentEpisode().orElseThrow();
        String where = placement.get().carerName() != null ? " with " + placement.get().carerName() : "";
        Optional<ActivityView> lastVisit = facts.latest(ActivityKind.VISIT, placedOn, ActivityView::childSeen);
        if (lastVisit.isEmpty()) {
            return Optional.of(item(facts, placedOn.plus(t.firstVisit()), "No visit since the placement" + where
                    + " began on " + Wording.date(placedOn) + "; the first is due within "
                    + Wording.period(t.firstVisit()) + " (CPPCR reg 28(2)(a))"));
        }
        LocalDate last = lastVisit.get().date();
        String lastSaid = "Last visit " + Wording.date(last) + "; ";
        if ("P1".equals(now.place())) {
            boolean interimOrder = "C1".equals(now.ls());
            boolean reviewed = facts.latest(ActivityKind.REVIEW, facts.periodStart().orElse(placedOn)).isPresent();
            if (!reviewed) {
                return Optional.of(item(facts, last.plus(t.visitUntilFirstReviewAtHome()), lastSaid
                        + (interimOrder ? "at home on an interim care order" : "placed with a parent")
                        + ", before the first review: visits at most " + Wording.period(t.visitUntilFirstReviewAtHome())
                        + " apart (CPPCR reg 28(" + (interimOrder ? "4" : "3") + "))"));
            }
            Period interval = interimOrder ? t.visitInterimOrderAtHome() : t.visitFirstYear();
            return Optional.of(item(facts, last.plus(interval), lastSaid + (interimOrder
                    ? "at home on an interim care order" : "placed with a parent") + ", after the first review: "
                    + "visits at most " + Wording.period(interval) + " apart (CPPCR reg 28("
                    + (interimOrder ? "4" : "3") + "))"));
        }
        LocalDate firstYearEnds = placedOn.plusYears(1);
        if (last.plus(t.visitFirstYear()).isBefore(firstYearEnds)) {
            return Optional.of(item(facts, last.plus(t.visitFirstYear()), lastSaid + "placement" + where
                    + " in its first year: visits at most " + Wording.period(t.visitFirstYear())
                    + " apart (CPPCR reg 28(2)(b))"));
        }
        boolean longTerm = LONG_TERM.contains(now.place());
        Period interval = longTerm ? t.visitLongTerm() : t.visitFirstYear();
        return Optional.of(item(facts, last.plus(interval), lastSaid + "placement" + where + " past its first year"
                + (longTerm ? " and meant to last until 18" : "") + ": visits at most " + Wording.period(interval)
                + " apart (CPPCR reg 28(2)(c))"));
    }

    private static DueItem item(CaseFacts facts, LocalDate dueBy, String why) {
        return new DueItem(facts.childId(), DueKind.VISIT, dueBy, why, true,
                Wording.recordPath(facts.childId(), ActivityKind.VISIT));
    }
}
