package org.hearth.web;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page sends each user to where their work is. */
@Controller
class HomeController {

    private final CurrentUsers currentUsers;

    HomeController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/")
    @PreAuthorize(Authorisation.SIGNED_IN)
    String home() {
        var user = currentUsers.require();
        if (user.administratorOnly()) {
            return "web/administrator-home";
        }
        return "redirect:/caseload";
    }
}
