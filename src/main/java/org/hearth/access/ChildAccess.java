package org.hearth.access;

import java.util.Set;
import java.util.UUID;

import org.hearth.access.internal.RestrictedRecordRepository;
import org.springframework.stereotype.Service;

/**
 * The record-level access rule (issue 2, section 3):
 * <ul>
 * <li>social workers and personal advisers see children of their teams and children allocated to them;</li>
 * <li>team managers see their teams' children;</li>
 * <li>independent reviewing officers, heads of service and performance officers see all children;</li>
 * <li>administrators see no child records;</li>
 * <li>a restricted record is seen only by the users named on it, whatever their role.</li>
 * </ul>
 * Every decision made through {@link #require} is written to the access log.
 */
@Service
public class ChildAccess {

    private final RestrictedRecordRepository restrictedRecords;
    private final AccessLog accessLog;

    ChildAccess(RestrictedRecordRepository restrictedRecords, AccessLog accessLog) {
        this.restrictedRecords = restrictedRecords;
        this.accessLog = accessLog;
    }

    public boolean canSee(CurrentUser user, ChildAccessSubject child) {
        if (child.restricted()) {
            return restrictedRecords.isNamed(child.childId(), user.id());
        }
        if (seesEveryChild(user)) {
            return true;
        }
        boolean teamRole = user.hasAny(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER);
        if (teamRole && child.teamId() != null && user.teamIds().contains(child.teamId())) {
            return true;
        }
        return user.hasAny(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER)
                && user.id().equals(child.allocatedWorkerId());
    }

    /**
     * Allows the access and logs it, or logs the refusal and throws. The refusal is logged in its own transaction
     * so that it survives the rollback of the request.
     */
    public void require(CurrentUser user, ChildAccessSubject child, AccessAction action, String what) {
        if (!canSee(user, child)) {
            accessLog.recordDenied(user, child.childId(), action, what);
            throw new ChildAccessDeniedException("You do not have access to this child's record");
        }
        accessLog.record(user, child.childId(), action, what);
    }

    /** Team managers see the access history of their teams' children; heads of service of every child they see. */
    public boolean canSeeAccessHistory(CurrentUser user, ChildAccessSubject child) {
        if (!canSee(user, child)) {
            return false;
        }
        if (user.has(Role.HEAD_OF_SERVICE)) {
            return true;
        }
        return user.has(Role.TEAM_MANAGER) && user.teamIds().contains(child.teamId());
    }

    /** Independent reviewing officers, heads of service and performance officers see every unrestricted child. */
    public boolean seesEveryChild(CurrentUser user) {
        return user.hasAny(Role.INDEPENDENT_REVIEWING_OFFICER, Role.HEAD_OF_SERVICE, Role.PERFORMANCE_OFFICER);
    }

    /** The children a user may see, for list and search queries. */
    public ChildVisibility visibility(CurrentUser user) {
        Set<UUID> named = restrictedRecords.childrenNaming(user.id());
        if (seesEveryChild(user)) {
            return new ChildVisibility(true, Set.of(), null, named);
        }
        boolean teamRole = user.hasAny(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER);
        if (!teamRole) {
            return ChildVisibility.none(named);
        }
        return new ChildVisibility(false, user.teamIds(), user.id(), named);
    }
}
