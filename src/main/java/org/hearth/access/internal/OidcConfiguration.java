package org.hearth.access.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;

/**
 * OIDC sign-in and API bearer tokens, each on only when its issuer is configured. The provider is discovered from
 * its issuer at start-up.
 */
@Configuration(proxyBeanMethods = false)
class OidcConfiguration {

    @Bean
    @ConditionalOnExpression("!'${hearth.oidc.issuer-uri:}'.isBlank()")
    ClientRegistrationRepository councilIdentityProvider(OidcProperties properties) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(OidcProperties.REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope("openid", "profile", "email")
                .clientName(properties.buttonText())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The provider's user, matched to a Hearth account (or refused) by {@link IdentityProviderAccounts}. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> hearthOidcUserService(IdentityProviderAccounts accounts,
            OidcProperties properties) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser oidcUser = delegate.loadUser(request);
            Object groups = oidcUser.getClaims().get(properties.groupsClaim());
            HearthUserDetails user = accounts.account(oidcUser.getClaimAsString(properties.usernameClaim()),
                    groups instanceof Collection<?> list ? list : List.of());
            return new HearthOidcUser(oidcUser, user);
        };
    }

    @Bean
    @ConditionalOnExpression("!'${hearth.oidc.api-issuer-uri:}'.isBlank()")
    JwtDecoder apiTokenDecoder(OidcProperties properties) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(properties.apiIssuerUri());
        OAuth2TokenValidator<Jwt> audience = token -> properties.apiAudience().isBlank()
                || token.getAudience().contains(properties.apiAudience())
                ? org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success()
                : org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.failure(
                        new org.springframework.security.oauth2.core.OAuth2Error("invalid_token",
                                "The token is not for Hearth", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.apiIssuerUri()), audience));
        return decoder;
    }

    /**
     * A bearer token acts as the Hearth account its username claim names (a person, or a service account set up
     * for another system), with that account's roles and the same record-level rules.
     */
    @Bean
    Converter<Jwt, AbstractAuthenticationToken> apiTokenUser(UserAccountRepository accounts,
            OidcProperties properties) {
        return jwt -> {
            String username = jwt.getClaimAsString(properties.usernameClaim());
            HearthUserDetails user = username == null ? null
                    : accounts.findForSignIn(username).filter(HearthUserDetails::isEnabled).orElse(null);
            if (user == null) {
                throw new OAuth2AuthenticationException(new org.springframework.security.oauth2.core.OAuth2Error(
                        "invalid_token", "The token names no active Hearth account", null));
            }
            return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
        };
    }
}
