package org.hearth.pathwayplans;

import java.util.List;
import java.util.UUID;

/** Pathway plans were loaded in bulk (demo data; later, imports): one event for the batch, naming the young people. */
public record PathwayPlansLoaded(List<UUID> childIds) {

    public PathwayPlansLoaded {
        childIds = List.copyOf(childIds);
    }
}
