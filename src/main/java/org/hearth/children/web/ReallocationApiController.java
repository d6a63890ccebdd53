package org.hearth.children.web;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.children.Reallocation;
import org.hearth.children.ReallocationResult;
import org.hearth.children.internal.ReallocationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/reallocations}: a caseload or chosen children to new workers, all or nothing. */
@RestController
class ReallocationApiController {

    private final ReallocationService reallocations;
    private final CurrentUsers currentUsers;

    ReallocationApiController(ReallocationService reallocations, CurrentUsers currentUsers) {
        this.reallocations = reallocations;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/api/v1/admin/reallocations")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    ReallocationResult reallocate(@RequestBody Reallocation request) {
        return reallocations.reallocate(currentUsers.require(), request);
    }
}
