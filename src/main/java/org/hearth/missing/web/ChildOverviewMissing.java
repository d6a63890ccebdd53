package org.hearth.missing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ChildRecords;
import org.hearth.missing.MissingDue;
import org.hearth.missing.internal.MissingDueItems;
import org.hearth.missing.internal.MissingRepository;
import org.hearth.missing.internal.MissingRules;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/**
 * The child overview's link to the missing page, with the 30 and 90 day counts and anything overdue (a return home
 * interview, a strategy discussion, a trafficking protocol step). The overview has already checked and logged the
 * user's access.
 */
@Component
class ChildOverviewMissing implements ChildOverviewSection {

    private final ChildRecords children;
    private final MissingRepository store;
    private final MissingDueItems due;
    private final Clock clock;

    ChildOverviewMissing(ChildRecords children, MissingRepository store, MissingDueItems due, Clock clock) {
        this.children = children;
        this.store = store;
        this.due = due;
        this.clock = clock;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        return children.find(childId).map(child -> {
            Instant now = clock.instant();
            List<Instant> starts = store.startsOf(List.of(childId)).getOrDefault(childId, List.of());
            Map<String, Object> model = new HashMap<>();
            model.put("childId", childId);
            model.put("uasc", child.uasc());
            model.put("missingNow", store.missingNow(childId));
            model.put("last30", MissingRules.startedWithin(starts, now, 30));
            model.put("last90", MissingRules.startedWithin(starts, now, 90));
            model.put("overdue", due.of(List.of(childId), LocalDate.now(clock)).get(childId).stream()
                    .filter(d -> d.dueAt().isBefore(now)).map(ChildOverviewMissing::words).toList());
            return new Section("missing/fragments", "child-missing", model, 38);
        });
    }

    private static String words(MissingDue d) {
        return switch (d.kind()) {
            case RETURN_HOME_INTERVIEW -> "Return home interview: " + d.what();
            case STRATEGY_DISCUSSION -> "Strategy discussion: " + d.what();
            case TRAFFICKING_PROTOCOL_STEP -> "Trafficking protocol: " + d.what();
        };
    }
}
