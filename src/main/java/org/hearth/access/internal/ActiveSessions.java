package org.hearth.access.internal;

import java.util.UUID;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** The sessions of signed-in users, so that an administrator's change can end a user's sessions at once. */
@Component
public class ActiveSessions {

    private final SessionRegistry registry;

    ActiveSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Marks every session of the user as expired: their next request is refused and sent to sign in. */
    public void endSessionsOf(UUID userId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof HearthPrincipal hearth && hearth.currentUser().id().equals(userId)) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
