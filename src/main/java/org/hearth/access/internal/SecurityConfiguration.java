package org.hearth.access.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the JSON API answers 401/403 as problem+json, the pages redirect to sign in. Both share the
 * session, so a page's CSRF token works as {@code X-CSRF-TOKEN} on API writes. Every controller method also carries
 * an explicit {@code @PreAuthorize} rule (checked by a test).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No inline scripts or styles: GOV.UK Frontend is initialised from a same-origin module. Frames refused.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        // an account with no local password never matches, rather than failing with an error
        encoder.setDefaultPasswordEncoderForMatches(new NeverMatchingPasswordEncoder());
        return encoder;
    }

    /** Knows every signed-in session, so an administrator can end a user's sessions at once. */
    /**
     * No tracing observation around each security filter: under load the wrappers cost more than they tell. Request
     * latency is still measured per request (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end, so it does not keep them forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, DeniedRequestLogger deniedLogger,
            SessionRegistry sessionRegistry, ObjectProvider<JwtDecoder> apiTokens,
            Converter<Jwt, AbstractAuthenticationToken> apiTokenUser) throws Exception {
        if (apiTokens.getIfAvailable() != null) {
            // other systems call the API with bearer tokens from the council's identity provider
            http.oauth2ResourceServer(resource -> resource
                    .jwt(jwt -> jwt.decoder(apiTokens.getObject()).jwtAuthenticationConverter(apiTokenUser))
                    .authenticationEntryPoint(problems::unauthorised));
        }
        http.securityMatcher("/api/**")
                .sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(event -> problems.unauthorised(event.getRequest(),
                                event.getResponse(), null)))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorised)
                        .accessDeniedHandler((request, response, denied) -> {
                            deniedLogger.log(request, denied);
                            problems.forbidden(request, response, denied);
                        }))
                .requestCache(cache -> cache.disable())
                .headers(headers -> securityHeaders(headers));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, DeniedRequestLogger deniedLogger,
            ExpiredSessionFormRescueFilter formRescue, SignInSuccessHandler signInSuccess,
            SessionRegistry sessionRegistry, ObjectProvider<ClientRegistrationRepository> identityProvider,
            OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers, OidcProperties oidc) throws Exception {
        if (oidc.localAccounts() || identityProvider.getIfAvailable() == null) {
            http.formLogin(form -> form.loginPage("/login").successHandler(signInSuccess).permitAll());
        }
        if (identityProvider.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(identityProvider.getObject())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .successHandler(signInSuccess)
                    .failureHandler((request, response, failure) -> response.sendRedirect("/login?refused="
                            + (failure instanceof OAuth2AuthenticationException oauth
                                    ? oauth.getError().getErrorCode() : "error"))));
        }
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login?ended"))
                .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/assets/**", "/govuk/**", "/css/**", "/js/**", "/favicon.ico",
                        "/error", "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs",
                        "/v3/api-docs/**")
                .permitAll()
                .anyRequest().authenticated())

                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler((request, response, denied) -> {
                            deniedLogger.log(request, denied);
                            response.sendError(403);
                        }))
                .addFilterBefore(formRescue, CsrfFilter.class)
                .headers(headers -> securityHeaders(headers));
        return http.build();
    }

    private static void securityHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // sent only on secure requests, i.e. behind TLS (X-Forwarded-Proto is honoured)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static final class NeverMatchingPasswordEncoder implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }
}
