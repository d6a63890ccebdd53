package org.hearth.pathwayplans;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.pathwayplans.internal.PlanRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pathway plans for other modules: the drift engine's query and the demo data's bulk load.
 * <p>
 * No access check and no access log here: callers decide who may see what they show.
 */
@Service
public class PathwayPlans {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PlanRepository plans;
    private final ApplicationEventPublisher events;

    PathwayPlans(PlanRepository plans, ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
    }

    /**
     * The latest signed-off plan of many young people (a query per thousand).
     *
     * @return those who have a signed-off plan; the others are not in the map
     */
    @Transactional(readOnly = true)
    public Map<UUID, SignedOffPathwayPlan> latestSignedOffOf(Collection<UUID> childIds) {
        return plans.latestSignedOffOf(childIds);
    }

    /**
     * Loads plans at once (demo and stress data), as three JDBC batches in the caller's transaction, and publishes one
     * {@link PathwayPlansLoaded} for them all rather than an event per plan.
     *
     * @return how many plans were loaded
     */
    @Transactional
    public int load(List<NewPathwayPlan> newPlans) {
        List<Object[]> planRows = new ArrayList<>();
        List<Object[]> sectionRows = new ArrayList<>();
        List<Object[]> actionRows = new ArrayList<>();
        Set<UUID> children = new LinkedHashSet<>();
        for (NewPathwayPlan p : newPlans) {
            if (p.status() == PlanStatus.SIGNED_OFF && (p.signedOffOn() == null || p.reviewDueOn() == null
                    || !p.reviewDueOn().isAfter(p.signedOffOn()))) {
                throw new IllegalArgumentException("A signed-off plan needs its sign-off date and a later review date");
            }
            UUID id = UUID.randomUUID();
            Timestamp started = Timestamp.from(p.startedOn().atTime(10, 0).atZone(LONDON).toInstant());
            boolean submitted = p.status() != PlanStatus.DRAFT;
            planRows.add(new Object[] {id, p.childId(), p.status().name(), p.youngPersonViews(),
                submitted ? p.authorId() : null, submitted ? started : null, p.signedOffBy(),
                p.signedOffOn() == null ? null : java.sql.Date.valueOf(p.signedOffOn()), p.signOffComment(),
                p.reviewDueOn() == null ? null : java.sql.Date.valueOf(p.reviewDueOn()), p.authorId(), started,
                p.authorId(), started});
            for (PlanSection section : PlanSection.values()) {
                NewPathwayPlan.Section s = p.sections().get(section);
                sectionRows.add(new Object[] {id, section.name(), s == null ? null : s.assessedNeed(),
                    s == null ? null : s.whatsWorking(), s == null ? null : s.goals()});
                List<NewPathwayPlan.Action> actions = s == null ? List.of() : s.actions();
                for (int i = 0; i < actions.size(); i++) {
                    NewPathwayPlan.Action a = actions.get(i);
                    actionRows.add(new Object[] {UUID.randomUUID(), id, section.name(), i, a.description(),
                        a.ownerId(), a.ownerName(), java.sql.Date.valueOf(a.targetDate()), a.status().name()});
                }
            }
            children.add(p.childId());
        }
        plans.insertAll(planRows, sectionRows, actionRows);
        events.publishEvent(new PathwayPlansLoaded(new ArrayList<>(children)));
        return newPlans.size();
    }
}
