package org.hearth.access.internal;

import java.util.Collection;
import java.util.Map;

import org.hearth.access.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A user signed in through the identity provider, carrying their Hearth account and roles. */
final class HearthOidcUser implements OidcUser, HearthPrincipal, java.io.Serializable {

    private final OidcUser oidcUser;
    private final HearthUserDetails hearthUser;

    HearthOidcUser(OidcUser oidcUser, HearthUserDetails hearthUser) {
        this.oidcUser = oidcUser;
        this.hearthUser = hearthUser;
    }

    @Override
    public CurrentUser currentUser() {
        return hearthUser.currentUser();
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidcUser.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidcUser.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidcUser.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidcUser.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return hearthUser.getAuthorities();
    }

    @Override
    public String getName() {
        return hearthUser.getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HearthOidcUser that && that.currentUser().id().equals(currentUser().id());
    }

    @Override
    public int hashCode() {
        return currentUser().id().hashCode();
    }
}
