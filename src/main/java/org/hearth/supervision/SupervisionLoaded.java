package org.hearth.supervision;

import java.util.List;
import java.util.UUID;

/** Sessions, decisions and meetings were loaded in bulk: one event for the batch, naming the children touched. */
public record SupervisionLoaded(List<UUID> childIds, List<UUID> superviseeIds) {

    public SupervisionLoaded {
        childIds = List.copyOf(childIds);
        superviseeIds = List.copyOf(superviseeIds);
    }
}
