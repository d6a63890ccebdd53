package org.hearth.supervision.internal;

import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.ChildAccess;
import org.hearth.access.ChildAccessSubject;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** The record-level rule for a child's supervision, decisions and meetings: the same as for the child's record, every use logged. */
@Component("supervisionChildGate")
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
        access.require(user, new ChildAccessSubject(child.id(), child.responsibleTeamId(), child.allocatedWorkerId(),
                child.restricted()), action, what);
        return child;
    }
}
