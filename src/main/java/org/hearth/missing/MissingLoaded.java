package org.hearth.missing;

import java.util.List;
import java.util.UUID;

/**
 * Missing episodes, strategy discussions, age assessments and National Transfer Scheme referrals were loaded in bulk
 * (demo data): one event for the batch, naming every child touched.
 */
public record MissingLoaded(List<UUID> childIds) {

    public MissingLoaded {
        childIds = List.copyOf(childIds);
    }
}
