package org.hearth.actionplans;

import java.util.List;
import java.util.UUID;

/** Action plans were loaded in bulk (demo data): one event for the batch, naming the young people. */
public record ActionPlansLoaded(List<UUID> childIds) {

    public ActionPlansLoaded {
        childIds = List.copyOf(childIds);
    }
}
