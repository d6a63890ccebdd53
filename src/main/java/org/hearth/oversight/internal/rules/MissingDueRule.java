package org.hearth.oversight.internal.rules;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hearth.missing.MissingDue;
import org.hearth.oversight.DueItem;
import org.hearth.oversight.DueKind;
import org.hearth.oversight.internal.CaseFacts;

/**
 * The missing module's timescales (issue 7), one due item per kind: the earliest, with how many more there are. The
 * missing module works out the times (its policies); the item is due on the day the time falls, in England.
 */
abstract class MissingDueRule implements DueItemRule {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MissingDue.Kind kind;
    private final DueKind dueKind;

    MissingDueRule(MissingDue.Kind kind, DueKind dueKind) {
        this.kind = kind;
        this.dueKind = dueKind;
    }

    @Override
    public Optional<DueItem> dueFor(CaseFacts facts, RuleContext context) {
        List<MissingDue> due = facts.missingDue().stream().filter(d -> d.kind() == kind)
                .sorted(Comparator.comparing(MissingDue::dueAt)).toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        MissingDue first = due.get(0);
        String more = due.size() > 1 ? "; " + (due.size() - 1) + " more" : "";
        return Optional.of(new DueItem(facts.childId(), dueKind, first.dueAt().atZone(LONDON).toLocalDate(),
                first.what() + more, true, first.recordPath()));
    }
}
