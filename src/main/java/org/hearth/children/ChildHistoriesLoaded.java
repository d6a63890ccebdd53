package org.hearth.children;

import java.util.List;
import java.util.UUID;

/**
 * Children and their episode histories were loaded in bulk (demo and stress data; later, imports). One event per
 * batch rather than one per change keeps a 30,000-child load fast; listeners that need the changes ask
 * {@link ChildRecords#keyEventsOf}.
 */
public record ChildHistoriesLoaded(List<UUID> childIds, UUID loadedBy) {
}
