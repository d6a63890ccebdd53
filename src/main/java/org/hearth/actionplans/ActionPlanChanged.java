package org.hearth.actionplans;

import java.util.UUID;

/**
 * Anything else that changes what is due on an action plan: an action added or its status changed (other than done),
 * or the plan agreed by a manager. No chronology entry: the drift engine works the plan's items out again.
 *
 * @param what what changed, in words
 */
public record ActionPlanChanged(UUID childId, UUID planId, String what, UUID changedBy) implements Events {
}
