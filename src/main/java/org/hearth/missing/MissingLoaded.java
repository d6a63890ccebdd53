package org.hearth.missing;

import java.util.List;
import java.util.UUID;

/**
 * Missing episodes, strategy discussions, age assessments and National Transfer Scheme referrals were loaded in bulk
 * (demo data, or a 903 return import): one event for the batch, naming every child touched.
 *
 * @param importId the 903 return import that loaded them, so the chronology marks its entries as imported; null for
 *        demo data
 */
public record MissingLoaded(List<UUID> childIds, UUID importId) {

    public MissingLoaded {
        childIds = List.copyOf(childIds);
    }

    public MissingLoaded(List<UUID> childIds) {
        this(childIds, null);
    }
}
