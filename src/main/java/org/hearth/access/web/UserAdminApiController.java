package org.hearth.access.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.access.NewUser;
import org.hearth.access.UserAccount;
import org.hearth.access.UserAdministration;
import org.hearth.access.UserChange;
import org.hearth.shared.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User administration for administrators and other systems (issue 3). */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserAdminApiController {

    private final UserAdministration users;
    private final CurrentUsers currentUsers;

    UserAdminApiController(UserAdministration users, CurrentUsers currentUsers) {
        this.users = users;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    List<UserAccount> all() {
        return users.accounts();
    }

    @PostMapping
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    ResponseEntity<UserAccount> create(@RequestBody NewUser user) {
        UUID id = users.create(user);
        UserAccount account = users.account(id);
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id)).eTag(etag(account)).body(account);
    }

    /** Disable, or change roles, teams, name or email; with If-Match, refuses (412) a stale change. */
    @PatchMapping("/{id}")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    ResponseEntity<UserAccount> change(@PathVariable UUID id, @RequestBody UserChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UserAccount account = users.change(currentUsers.require(), id, ifMatch == null ? null : ETags.version(ifMatch),
                change);
        return ResponseEntity.ok().eTag(etag(account)).body(account);
    }

    private static String etag(UserAccount account) {
        return ETags.of(account.version());
    }
}
