package org.hearth.access;

import java.util.Optional;

import org.hearth.access.internal.HearthPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Finds the signed-in user of the current request. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HearthPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** The signed-in user; every endpoint that calls this requires authentication first. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in Hearth user for this request"));
    }
}
