package org.hearth.pathwayplans.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ChildRecords;
import org.hearth.pathwayplans.PathwayPlans;
import org.hearth.shared.ChildOverviewSection;
import org.springframework.stereotype.Component;

/**
 * The child overview's link to the pathway plans and action plans of a young person from 15 (when the needs assessment
 * starts to be planned) to 25. The overview has already checked and logged the user's access.
 */
@Component
class ChildOverviewPlans implements ChildOverviewSection {

    private final ChildRecords children;
    private final PathwayPlans plans;
    private final Clock clock;

    ChildOverviewPlans(ChildRecords children, PathwayPlans plans, Clock clock) {
        this.children = children;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Optional<Section> sectionFor(UUID childId) {
        LocalDate today = LocalDate.now(clock);
        return children.find(childId).filter(c -> {
            long age = ChronoUnit.YEARS.between(c.dateOfBirth(), today);
            return age >= 15 && age < 25;
        }).map(c -> {
            Map<String, Object> model = new HashMap<>();
            model.put("childId", childId);
            model.put("latest", plans.latestSignedOffOf(java.util.List.of(childId)).get(childId));
            model.put("today", today);
            return new Section("pathwayplans/fragments", "child-plans", model, 20);
        });
    }
}
