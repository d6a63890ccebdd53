package org.hearth.access;

import java.util.List;
import java.util.UUID;

import org.hearth.access.internal.RestrictedRecordRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users named on restricted records. The children module owns the "restricted" flag; this module owns who is
 * named, and logs every grant.
 */
@Service
public class RestrictedRecords {

    private final RestrictedRecordRepository repository;
    private final AccessLog accessLog;

    RestrictedRecords(RestrictedRecordRepository repository, AccessLog accessLog) {
        this.repository = repository;
        this.accessLog = accessLog;
    }

    /** Names a user on a restricted record; the grant goes to the access log. */
    @Transactional
    public void grant(CurrentUser grantedBy, UUID childId, UUID userId, String reason) {
        repository.grant(childId, userId, grantedBy.id(), reason);
        accessLog.record(grantedBy, childId, AccessAction.GRANT, "granted access to restricted record to user "
                + userId + ": " + reason);
    }

    @Transactional(readOnly = true)
    public List<NamedUser> namedOn(UUID childId) {
        return repository.namedOn(childId);
    }

    /** A user named on a restricted record, with who named them and why. */
    public record NamedUser(UUID userId, String displayName, UUID grantedBy, java.time.Instant grantedAt,
            String reason) {
    }
}
