package org.hearth.chronology.internal;

import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.ChildAccess;
import org.hearth.access.ChildAccessSubject;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** The record-level rule for a child's chronology: the same as for the child's record, and every use logged. */
@Component
class ChildGate {

    private final ChildRecords children;
    private final ChildAccess access;

    ChildGate(ChildRecords children, ChildAccess access) {
        this.children = children;
        this.access = access;
    }

    /** The child, if the user may see them; the access (or the refusal) is written to the access log. */
    ChildView require(CurrentUser user, UUID childId, AccessAction action, String what) {
        ChildView child = children.find(childId)
                .orElseThrow(() -> new RecordNotFoundException("No child record with id " + childId));
        access.require(user, subject(child), action, what);
        return child;
    }

    /** Whether the user may see this child, without logging: for deciding what to offer, never for showing it. */
    boolean canSee(CurrentUser user, UUID childId) {
        return children.find(childId).map(child -> access.canSee(user, subject(child))).orElse(false);
    }

    private static ChildAccessSubject subject(ChildView child) {
        return new ChildAccessSubject(child.id(), child.responsibleTeamId(), child.allocatedWorkerId(),
                child.restricted());
    }
}
