package org.hearth.web;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.council.HomeCouncil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: the council, the signed-in user, and when the session times out. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final HomeCouncil council;
    private final CurrentUsers currentUsers;
    private final long sessionTimeoutSeconds;
    private final java.time.Clock clock;

    LayoutModel(HomeCouncil council, CurrentUsers currentUsers, java.time.Clock clock,
            @Value("${server.servlet.session.timeout:30m}") String sessionTimeout) {
        this.council = council;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.sessionTimeoutSeconds = DurationStyle.detectAndParse(sessionTimeout).toSeconds();
    }

    @ModelAttribute("council")
    HomeCouncil council() {
        return council;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentUsers.find().orElse(null);
    }

    /** Which of the worklists the header links to: the user's own, and the team and service views. */
    @ModelAttribute("navigation")
    Navigation navigation() {
        CurrentUser user = currentUsers.find().orElse(null);
        return user == null ? new Navigation(false, false)
                : new Navigation(Authorisation.allows(Authorisation.CASEHOLDERS, user),
                        Authorisation.allows(Authorisation.OVERSIGHT_READERS, user));
    }

    record Navigation(boolean myWork, boolean oversight) {
    }

    @ModelAttribute("today")
    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return sessionTimeoutSeconds;
    }
}
