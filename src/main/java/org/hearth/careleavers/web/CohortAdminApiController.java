package org.hearth.careleavers.web;

import org.hearth.access.Authorisation;
import org.hearth.careleavers.internal.CohortRefresh;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Works the whole care leavers cohort out again now, rather than waiting for the night: after a bulk import, or to
 * check the figures. Answers when the run has finished, with how long it took.
 */
@RestController
class CohortAdminApiController {

    private final CohortRefresh refresh;

    CohortAdminApiController(CohortRefresh refresh) {
        this.refresh = refresh;
    }

    @PostMapping("/api/v1/admin/care-leavers-cohort-rebuilds")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    CohortRefresh.Run rebuild() {
        return refresh.rebuildAll();
    }
}
