package org.hearth.access.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.access.NewUser;
import org.hearth.access.Role;
import org.hearth.access.UserAccount;
import org.hearth.access.UserAdministration;
import org.hearth.access.UserChange;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for user accounts: the list with last sign-in, adding one, and changing or disabling one. */
@Controller
class UserAdminPagesController {

    private final UserAdministration users;
    private final Directory directory;
    private final CurrentUsers currentUsers;

    UserAdminPagesController(UserAdministration users, Directory directory, CurrentUsers currentUsers) {
        this.users = users;
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/admin/users")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String list(Model model) {
        model.addAttribute("accounts", users.accounts());
        model.addAttribute("teamNames", directory.teamNames());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String newUser(Model model) {
        return form(model, null, "", "", "", Set.of(), Set.of());
    }

    @PostMapping("/admin/users/new")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email, @RequestParam(required = false) String password,
            @RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<String> teamIds,
            Model model, RedirectAttributes redirect) {
        try {
            users.create(new NewUser(username, displayName, email, roles(roles), teams(teamIds), password));
            redirect.addFlashAttribute("success", "Account created for " + displayName);
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return form(model, null, username, displayName, email, roles(roles), teams(teamIds));
        }
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String edit(@PathVariable UUID id, Model model) {
        UserAccount account = users.account(id);
        model.addAttribute("socialWorkerId", users.socialWorkerId(id));
        return form(model, account, account.username(), account.displayName(), account.email(), account.roles(),
                account.teamIds());
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String change(@PathVariable UUID id, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email, @RequestParam(required = false) List<String> roles,
            @RequestParam(required = false) List<String> teamIds, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String socialWorkerId,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("socialWorkerId", socialWorkerId);
        try {
            String swId = users.checkSocialWorkerId(socialWorkerId);
            users.change(currentUsers.require(), id, version, new UserChange(displayName, email == null ? "" : email,
                    enabled, roles(roles), teams(teamIds)));
            users.setSocialWorkerId(id, swId);
            redirect.addFlashAttribute("success", "Account saved for " + displayName);
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        UserAccount account = users.account(id);
        return form(model, account, account.username(), displayName, email, roles(roles), teams(teamIds));
    }

    private String form(Model model, UserAccount account, String username, String displayName, String email,
            Set<Role> roles, Set<UUID> teams) {
        model.addAttribute("account", account);
        if (account != null) {
            model.addAttribute("defaultSocialWorkerId", org.hearth.access.Directory.defaultSocialWorkerId(account.id()));
        }
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("email", email);
        model.addAttribute("selectedRoles", roles);
        model.addAttribute("selectedTeams", teams);
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", directory.teams());
        return "admin/user-form";
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().filter(n -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(n)))
                .map(Role::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<UUID> teams(List<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        Set<UUID> teams = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                teams.add(UUID.fromString(id));
            } catch (IllegalArgumentException ignored) {
                // not a team id: the service refuses the set as a whole
                teams.add(null);
            }
        }
        return teams;
    }
}
