package org.hearth.children;

import java.util.List;
import java.util.UUID;

/** What a reallocation changed, child by child. */
public record ReallocationResult(int reallocated, List<Change> changes) {

    /** One child's move. */
    public record Change(UUID childId, String localChildId, UUID fromWorkerId, UUID toWorkerId) {
    }
}
