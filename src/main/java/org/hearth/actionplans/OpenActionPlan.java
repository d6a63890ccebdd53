package org.hearth.actionplans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open action plan as the drift engine and the manager's view need it.
 *
 * @param agreedOn when a manager signed it off, or null while it awaits sign-off
 * @param lastProgressOn the date of the latest progress note, or null when none has been written
 * @param openActions the actions not done and still needed, soonest due first
 */
public record OpenActionPlan(UUID planId, UUID childId, String purpose, LocalDate startedOn, LocalDate agreedOn,
        LocalDate lastProgressOn, List<OpenAction> openActions) {

    public OpenActionPlan {
        openActions = List.copyOf(openActions);
    }

    /** An action still to do. */
    public record OpenAction(UUID actionId, String description, ActionOwnerRole ownerRole, String ownerName,
            LocalDate dueOn) {
    }

    /** When progress was last recorded, or the plan started if never. */
    public LocalDate progressSince() {
        return lastProgressOn == null || lastProgressOn.isBefore(startedOn) ? startedOn : lastProgressOn;
    }

    public long overdueActions(LocalDate today) {
        return openActions.stream().filter(a -> a.dueOn().isBefore(today)).count();
    }
}
