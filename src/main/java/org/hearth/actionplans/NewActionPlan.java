package org.hearth.actionplans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An action plan for a bulk load (demo data): open, or closed when {@code closedOn} is set; agreed when
 * {@code agreedBy} is set.
 */
public record NewActionPlan(UUID childId, String purpose, LocalDate startedOn, UUID createdBy, UUID agreedBy,
        LocalDate agreedOn, List<Action> actions, List<Note> progress, LocalDate closedOn, String closingSummary) {

    public record Action(String description, ActionOwnerRole ownerRole, String ownerName, LocalDate dueOn,
            ActionStatus status) {
    }

    public record Note(LocalDate date, String note, UUID by) {
    }
}
