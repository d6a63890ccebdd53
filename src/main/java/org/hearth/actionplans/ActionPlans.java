package org.hearth.actionplans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.actionplans.internal.ActionPlanRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans for other modules: the drift engine's query and the demo data's bulk load.
 * <p>
 * No access check and no access log here: callers decide who may see what they show.
 */
@Service
public class ActionPlans {

    private final ActionPlanRepository plans;
    private final ApplicationEventPublisher events;

    ActionPlans(ActionPlanRepository plans, ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
    }

    /**
     * The open action plans of many young people (a few queries per thousand).
     *
     * @return every young person asked about, with an empty list for one with no open plan
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<OpenActionPlan>> openPlansOf(Collection<UUID> childIds) {
        Map<UUID, List<OpenActionPlan>> result = new HashMap<>();
        childIds.forEach(id -> result.put(id, new ArrayList<>()));
        plans.open(childIds).forEach(p -> result.get(p.childId()).add(p));
        return result;
    }

    /**
     * Loads plans at once (demo and stress data) as three JDBC batches in the caller's transaction, and publishes one
     * {@link ActionPlansLoaded} rather than an event per plan.
     *
     * @return how many plans were loaded
     */
    @Transactional
    public int load(List<NewActionPlan> newPlans) {
        List<Object[]> planRows = new ArrayList<>();
        List<Object[]> actionRows = new ArrayList<>();
        List<Object[]> noteRows = new ArrayList<>();
        Set<UUID> children = new LinkedHashSet<>();
        for (NewActionPlan p : newPlans) {
            UUID id = UUID.randomUUID();
            boolean closed = p.closedOn() != null;
            planRows.add(new Object[] {id, p.childId(), p.purpose(), date(p.startedOn()), closed ? "CLOSED" : "OPEN",
                p.agreedBy(), date(p.agreedOn()), closed ? p.createdBy() : null, date(p.closedOn()),
                p.closingSummary(), p.createdBy()});
            for (int i = 0; i < p.actions().size(); i++) {
                NewActionPlan.Action a = p.actions().get(i);
                actionRows.add(new Object[] {UUID.randomUUID(), id, i, a.description(), a.ownerRole().name(),
                    a.ownerName(), date(a.dueOn()), a.status().name(),
                    a.status().open() ? null : date(a.dueOn()), p.createdBy()});
            }
            for (NewActionPlan.Note n : p.progress()) {
                noteRows.add(new Object[] {UUID.randomUUID(), id, date(n.date()), n.note(), n.by()});
            }
            children.add(p.childId());
        }
        plans.insertAll(planRows, actionRows, noteRows);
        events.publishEvent(new ActionPlansLoaded(new ArrayList<>(children)));
        return newPlans.size();
    }

    private static java.sql.Date date(java.time.LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }
}
