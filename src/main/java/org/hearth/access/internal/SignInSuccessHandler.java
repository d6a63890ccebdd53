package org.hearth.access.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After sign-in: offer back a form kept from an expired session, else go where the user was going. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    SignInSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PendingForm.SESSION_ATTRIBUTE) != null) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/resume");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
