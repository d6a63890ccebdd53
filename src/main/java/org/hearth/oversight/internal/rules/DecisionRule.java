package org.hearth.oversight.internal.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;
import org.hearth.supervision.DecisionView;
import org.springframework.stereotype.Component;

/**
 * Decisions with a date to be carried out by: the earliest still open is the child's item, so a decision left open
 * past its date shows as drift (issue 5: "overdue when past due and open").
 */
@Component
public class DecisionRule implements DueItemRule {

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        List<DecisionView> dated = facts.openDecisions().stream().filter(d -> d.dueBy() != null)
                .sorted(Comparator.comparing(DecisionView::dueBy)).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        DecisionView first = dated.get(0);
        String others = dated.size() == 1 ? "" : "; " + (dated.size() - 1) + " more open decision"
                + (dated.size() == 2 ? "" : "s") + " with a later date";
        return Optional.of(new DueItem(facts.childId(), DueKind.DECISION, first.dueBy(), "Decided "
                + Wording.date(first.decidedOn()) + " by " + first.decidedBy() + ": " + first.what()
                + " (to be done by " + Wording.date(first.dueBy()) + ")" + others, true,
                "/children/" + facts.childId() + "/decisions"));
    }
}
