package org.hearth.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.policy.Policies;
import org.hearth.policy.PolicySetting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The local policy store for administrators and other systems (issue 3): read every setting, change one. */
@RestController
@RequestMapping("/api/v1/admin/policies")
class PolicyAdminApiController {

    private final Policies policies;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PolicyAdminApiController(Policies policies, CurrentUsers currentUsers, Clock clock) {
        this.policies = policies;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    List<PolicySetting> all() {
        return policies.settings(LocalDate.now(clock));
    }

    @GetMapping("/{key}")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    PolicySetting one(@PathVariable String key) {
        return policies.setting(key, LocalDate.now(clock));
    }

    /** A new version of the setting, from a date: {@code {"value": "P4W", "effectiveFrom": "2027-04-01", ...}}. */
    @PutMapping("/{key}")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    PolicySetting change(@PathVariable String key, @RequestBody PolicyChange change) {
        return policies.change(currentUsers.require(), key, change.value(), change.effectiveFrom(), change.reason());
    }

    /** What an administrator sends to change a setting. */
    record PolicyChange(String value, LocalDate effectiveFrom, String reason) {
    }
}
