package org.hearth.access.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After sign-in: offer back a form kept from an expired session, else go where the user was going. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String LAST_USER_COOKIE = "HEARTH_LAST_USER";

    SignInSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        UUID userId = authentication.getPrincipal() instanceof HearthPrincipal principal
                ? principal.currentUser().id() : null;
        rememberLastUser(request, response, userId);
        PendingForm pending = session == null ? null
                : (PendingForm) session.getAttribute(PendingForm.SESSION_ATTRIBUTE);
        if (pending != null && pending.belongsTo(userId)) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/resume");
            return;
        }
        if (pending != null) {
            // typed by someone else on this browser: never shown to the person now signing in
            session.removeAttribute(PendingForm.SESSION_ATTRIBUTE);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * Who last signed in on this browser, so that a form rescued from an expired session can be matched to them.
     * It holds only the opaque user id and is readable by the server alone.
     */
    private static void rememberLastUser(HttpServletRequest request, HttpServletResponse response, UUID userId) {
        if (userId == null) {
            return;
        }
        Cookie cookie = new Cookie(LAST_USER_COOKIE, userId.toString());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/");
        cookie.setMaxAge(12 * 60 * 60);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    static UUID lastUser(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (LAST_USER_COOKIE.equals(cookie.getName())) {
                try {
                    return UUID.fromString(cookie.getValue());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
