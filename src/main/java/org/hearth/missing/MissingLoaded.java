package org.hearth.missing;

import java.util.List;
import java.util.UUID;

/** Missing episodes were loaded in bulk (demo data): one event for the batch, naming the children. */
public record MissingLoaded(List<UUID> childIds) {

    public MissingLoaded {
        childIds = List.copyOf(childIds);
    }
}
