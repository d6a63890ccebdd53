package org.hearth.oversight.web;

import java.util.List;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.oversight.DueItemView;
import org.hearth.oversight.DueItems;
import org.hearth.oversight.TeamDueItems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What is due and overdue, for a child or a team (issue 5's drift engine). */
@RestController
class DueItemApiController {

    private final DueItems dueItems;
    private final CurrentUsers currentUsers;

    DueItemApiController(DueItems dueItems, CurrentUsers currentUsers) {
        this.dueItems = dueItems;
        this.currentUsers = currentUsers;
    }

    /** Every item worked out for the child, soonest first, each with its status today and why. */
    @GetMapping("/api/v1/children/{id}/due-items")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<DueItemView> forChild(@PathVariable UUID id) {
        return dueItems.forChild(currentUsers.require(), id);
    }

    /** The team's overdue and due-soon items, with counts per worker. */
    @GetMapping("/api/v1/teams/{id}/due-items")
    @PreAuthorize(Authorisation.OVERSIGHT_READERS)
    TeamDueItems forTeam(@PathVariable UUID id) {
        return dueItems.team(currentUsers.require(), id);
    }
}
