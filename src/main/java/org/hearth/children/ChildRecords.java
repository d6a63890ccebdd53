package org.hearth.children;

import java.util.Optional;
import java.util.UUID;

/**
 * Read-only look-ups of children's records for other modules: they apply the access rule and write the access log
 * themselves, for what they show.
 */
public interface ChildRecords {

    /** The child's record, without access check or logging: for the caller's own access decision. */
    Optional<ChildView> find(UUID childId);

    /** Several children's records at once (those that exist), without access check or logging. */
    java.util.List<ChildView> findAll(java.util.Collection<UUID> childIds);
}
