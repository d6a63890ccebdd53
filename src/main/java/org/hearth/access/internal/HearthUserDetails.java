package org.hearth.access.internal;

import java.util.Collection;
import java.util.List;

import org.hearth.access.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: a Hearth user with their roles as authorities. */
public final class HearthUserDetails implements UserDetails, CredentialsContainer, HearthPrincipal {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;

    public HearthUserDetails(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        // an account with no local password can never match: the encoder refuses an unknown {id}
        return passwordHash == null ? "{noop-disabled}" : passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HearthUserDetails that && that.user.id().equals(user.id());
    }

    @Override
    public int hashCode() {
        return user.id().hashCode();
    }

    @Override
    public String toString() {
        return "HearthUserDetails[" + user.username() + ", roles=" + List.copyOf(user.roles()) + "]";
    }
}
