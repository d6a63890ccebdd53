package org.hearth.pathwayplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pathway plan for a bulk load (demo data). A signed-off plan has {@code signedOffBy}, {@code signedOffOn} and
 * {@code reviewDueOn}; a plan awaiting sign-off has none of them.
 *
 * @param startedOn when the plan was started
 */
public record NewPathwayPlan(UUID childId, PlanStatus status, UUID authorId, LocalDate startedOn,
        String youngPersonViews, Map<PlanSection, Section> sections, UUID signedOffBy, LocalDate signedOffOn,
        String signOffComment, LocalDate reviewDueOn) {

    public record Section(String assessedNeed, String whatsWorking, String goals, List<Action> actions) {
    }

    public record Action(String description, UUID ownerId, String ownerName, LocalDate targetDate,
            PlanActionStatus status) {
    }
}
