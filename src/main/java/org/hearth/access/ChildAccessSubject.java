package org.hearth.access;

import java.util.UUID;

/**
 * The facts about a child that the record-level access rule needs. The children module supplies them.
 *
 * @param childId the child
 * @param teamId the responsible team
 * @param allocatedWorkerId the allocated worker, or null
 * @param restricted whether only named users may see the record
 */
public record ChildAccessSubject(UUID childId, UUID teamId, UUID allocatedWorkerId, boolean restricted) {
}
