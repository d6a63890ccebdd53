package org.hearth.children;

import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.ChildAccess;
import org.hearth.access.ChildAccessSubject;
import org.hearth.access.CurrentUser;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The record-level rule for anything recorded on a child (chronology, statutory activity, due items...): the same as
 * for the child's record, and every use logged. Modules that keep their own records about a child pass through here.
 */
@Component
public class ChildGate {

    private final ChildRecords children;
    private final ChildAccess access;

    ChildGate(ChildRecords children, ChildAccess access) {
        this.children = children;
        this.access = access;
    }

    /** The child, if the user may see them; the access (or the refusal) is written to the access log. */
    public ChildView require(CurrentUser user, UUID childId, AccessAction action, String what) {
        ChildView child = children.find(childId)
                .orElseThrow(() -> new RecordNotFoundException("No child record with id " + childId));
        access.require(user, subject(child), action, what);
        return child;
    }

    /** Whether the user may see this child, without logging: for deciding what to offer, never for showing it. */
    public boolean canSee(CurrentUser user, UUID childId) {
        return children.find(childId).map(child -> access.canSee(user, subject(child))).orElse(false);
    }

    /** Whether the user may see this child, already read, without logging. */
    public boolean canSee(CurrentUser user, ChildView child) {
        return access.canSee(user, subject(child));
    }

    public static ChildAccessSubject subject(ChildView child) {
        return new ChildAccessSubject(child.id(), child.responsibleTeamId(), child.allocatedWorkerId(),
                child.restricted());
    }
}
