package org.hearth.actionplans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.actionplans.ActionOwnerRole;
import org.hearth.actionplans.ActionPlanStatus;
import org.hearth.actionplans.ActionStatus;

/** An action plan as stored, with its actions in order and its notes oldest first. */
public record StoredActionPlan(UUID id, UUID childId, String purpose, LocalDate startedOn, ActionPlanStatus status,
        UUID agreedBy, LocalDate agreedOn, String agreedComment, UUID closedBy, LocalDate closedOn,
        String closingSummary, int version, UUID createdBy, Instant createdAt, List<Action> actions,
        List<Note> notes) {

    public record Action(UUID id, String description, ActionOwnerRole ownerRole, String ownerName, LocalDate dueOn,
            ActionStatus status, LocalDate statusChangedOn, UUID statusChangedBy) {

        public boolean overdueOn(LocalDate today) {
            return status.open() && dueOn.isBefore(today);
        }
    }

    /** A progress note (kind PROGRESS) or a manager's monitoring note (MONITORING). */
    public record Note(UUID id, String kind, LocalDate date, String note, UUID recordedBy, Instant recordedAt) {
    }

    public boolean open() {
        return status == ActionPlanStatus.OPEN;
    }

    public List<Note> progress() {
        return notes.stream().filter(n -> n.kind().equals("PROGRESS")).toList();
    }

    public List<Note> monitoring() {
        return notes.stream().filter(n -> n.kind().equals("MONITORING")).toList();
    }

    public long overdueActions(LocalDate today) {
        return actions.stream().filter(a -> a.overdueOn(today)).count();
    }

    public java.util.Optional<Action> action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }
}
