package org.hearth.access.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads local accounts for form sign-in and notes each successful sign-in. */
@Service
public class HearthUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    HearthUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HearthPrincipal principal) {
            accounts.recordSignIn(principal.currentUser().id());
        }
    }
}
