package org.hearth.access.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches a page form posted after its session timed out, before the CSRF check would reject it: keeps what was
 * typed in a new session and sends the user to sign in, after which {@link SignInSuccessHandler} offers it back.
 */
@Component
class ExpiredSessionFormRescueFilter extends OncePerRequestFilter {

    private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().equals("/login") || request.getRequestURI().equals("/sign-out");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean sessionExpired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        boolean form = request.getContentType() != null
                && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(
                        request.getContentType()));
        if (!sessionExpired || !form) {
            chain.doFilter(request, response);
            return;
        }
        LinkedHashMap<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NEVER_KEPT.contains(name)) {
                fields.put(name, Arrays.asList(values));
            }
        });
        request.getSession(true).setAttribute(PendingForm.SESSION_ATTRIBUTE,
                new PendingForm(SignInSuccessHandler.lastUser(request), request.getRequestURI(), fields, Instant.now()));
        response.sendRedirect(request.getContextPath() + "/login?expired&kept");
    }
}
