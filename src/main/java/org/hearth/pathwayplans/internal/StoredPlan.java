package org.hearth.pathwayplans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.pathwayplans.PlanActionStatus;
import org.hearth.pathwayplans.PlanSection;
import org.hearth.pathwayplans.PlanStatus;

/** A pathway plan as stored, with its sections (every section, in order) and their actions. */
public record StoredPlan(UUID id, UUID childId, PlanStatus status, UUID copiedFrom, String youngPersonViews,
        UUID submittedBy, Instant submittedAt, UUID signedOffBy, LocalDate signedOffOn, String signOffComment,
        LocalDate reviewDueOn, String returnedComment, int version, UUID createdBy, Instant createdAt,
        UUID changedBy, Instant changedAt, Map<PlanSection, Section> sections) {

    /** One section: what was assessed, what works, the goals, the young person's views and the actions. */
    public record Section(PlanSection section, String assessedNeed, String whatsWorking, String goals,
            String youngPersonViews, List<Action> actions) {

        public boolean blank() {
            return assessedNeed == null && whatsWorking == null && goals == null && youngPersonViews == null
                    && actions.isEmpty();
        }
    }

    /** An action: a Hearth user as owner ({@code ownerId}) or someone named in words ({@code ownerName}). */
    public record Action(UUID id, String description, UUID ownerId, String ownerName, LocalDate targetDate,
            PlanActionStatus status) {
    }

    public Section section(PlanSection section) {
        return sections.get(section);
    }

    public boolean editable() {
        return status == PlanStatus.DRAFT;
    }

    /** Open actions of every section past their target date on {@code today}. */
    public long overdueActions(LocalDate today) {
        return sections.values().stream().flatMap(s -> s.actions().stream())
                .filter(a -> a.status().open() && a.targetDate().isBefore(today)).count();
    }
}
