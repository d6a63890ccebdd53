package org.hearth.access.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the council's identity provider (for example Microsoft Entra ID), and bearer tokens for the API.
 *
 * @param issuerUri the provider's issuer; blank turns OIDC sign-in off
 * @param clientId Hearth's client id at the provider
 * @param clientSecret its secret
 * @param buttonText what the sign-in button says
 * @param usernameClaim the claim that holds the Hearth username (matched in lower case)
 * @param groupsClaim the claim that lists the user's groups
 * @param groupRoles provider group id to the Hearth roles it gives
 * @param groupTeams provider group id to the Hearth team names it gives
 * @param autoProvision create a Hearth account for an unknown user whose groups give a role
 * @param localAccounts keep the username and password form alongside
 * @param apiIssuerUri issuer of bearer tokens the API accepts from other systems; blank turns it off
 * @param apiAudience the audience those tokens must carry
 */
@ConfigurationProperties("hearth.oidc")
record OidcProperties(
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("Sign in with your council account") String buttonText,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue Map<String, List<String>> groupRoles,
        @DefaultValue Map<String, List<String>> groupTeams,
        @DefaultValue("false") boolean autoProvision,
        @DefaultValue("true") boolean localAccounts,
        @DefaultValue("") String apiIssuerUri,
        @DefaultValue("") String apiAudience) {

    static final String REGISTRATION_ID = "council";

    boolean signInEnabled() {
        return !issuerUri.isBlank();
    }

    boolean bearerTokensEnabled() {
        return !apiIssuerUri.isBlank();
    }
}
