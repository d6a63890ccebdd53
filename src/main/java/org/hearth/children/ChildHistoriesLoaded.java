package org.hearth.children;

import java.util.List;
import java.util.UUID;

/**
 * Children and their episode histories were loaded in bulk (demo and stress data, or a 903 return import). One event
 * per batch rather than one per change keeps a 30,000-child load fast; listeners that need the changes ask
 * {@link ChildRecords#keyEventsOf}.
 *
 * @param importId the 903 return import that loaded them, so the chronology marks its entries as imported; null for
 *        demo and stress data
 */
public record ChildHistoriesLoaded(List<UUID> childIds, UUID loadedBy, UUID importId) {

    public ChildHistoriesLoaded(List<UUID> childIds, UUID loadedBy) {
        this(childIds, loadedBy, null);
    }
}
