package org.hearth.oversight.web;

import org.hearth.access.Authorisation;
import org.hearth.oversight.internal.DueItemRecalculation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Works out every child's due items now, rather than waiting for the night: after a bulk import, or to check the
 * figures. Answers when the run has finished, with how long it took.
 */
@RestController
class DueItemAdminApiController {

    private final DueItemRecalculation recalculation;

    DueItemAdminApiController(DueItemRecalculation recalculation) {
        this.recalculation = recalculation;
    }

    @PostMapping("/api/v1/admin/due-item-recalculations")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    DueItemRecalculation.Run recalculateAll() {
        return recalculation.recalculateAll();
    }
}
