package org.hearth.children;

import java.util.List;
import java.util.UUID;

/**
 * Moving children to new workers in one step: a whole caseload when a worker leaves, or chosen children.
 *
 * @param fromWorkerId the worker whose caseload is moving, or null when only the listed children move
 * @param toWorkerId the worker who takes every child of {@code fromWorkerId} not listed in {@code assignments}
 * @param assignments children given to a particular worker
 * @param reason why (e.g. "worker left the service")
 * @param changeReason the 903 SW_REASON code (docs/903.md 2.11: MANAGE, LEFTRL, ...); optional, OTHERS when not given
 */
public record Reallocation(UUID fromWorkerId, UUID toWorkerId, List<Assignment> assignments, String reason,
        String changeReason) {

    /** Without a 903 reason: the change is recorded as OTHERS. */
    public Reallocation(UUID fromWorkerId, UUID toWorkerId, List<Assignment> assignments, String reason) {
        this(fromWorkerId, toWorkerId, assignments, reason, null);
    }

    /** One child to one new worker. */
    public record Assignment(UUID childId, UUID toWorkerId) {
    }
}
