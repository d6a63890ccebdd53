package org.hearth.access.internal;

import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.hearth.access.Authorisation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Sign-in page, the session keep-alive, and the page that offers back a form kept from an expired session. */
@Controller
class SignInController {

    private final OidcProperties oidc;
    private final boolean identityProvider;

    SignInController(OidcProperties oidc,
            org.springframework.beans.factory.ObjectProvider<
                    org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> registrations) {
        this.oidc = oidc;
        this.identityProvider = registrations.getIfAvailable() != null;
    }

    @GetMapping("/login")
    @PreAuthorize(Authorisation.ANYONE)
    String signIn(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("failed", params.containsKey("error"));
        model.addAttribute("expired", params.containsKey("expired"));
        model.addAttribute("kept", params.containsKey("kept"));
        model.addAttribute("signedOut", params.containsKey("signedOut"));
        model.addAttribute("ended", params.containsKey("ended"));
        model.addAttribute("identityProvider", identityProvider);
        model.addAttribute("identityProviderButton", oidc.buttonText());
        model.addAttribute("identityProviderPath", "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID);
        model.addAttribute("localAccounts", oidc.localAccounts() || !identityProvider);
        model.addAttribute("refused", params.get("refused"));
        return "access/sign-in";
    }

    /** Called by the timeout warning's "Stay signed in" button: any request renews the session. */
    @PostMapping("/session/keep-alive")
    @PreAuthorize(Authorisation.SIGNED_IN)
    @ResponseBody
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/resume")
    @PreAuthorize(Authorisation.SIGNED_IN)
    String resume(HttpSession session, Model model) {
        PendingForm pending = (PendingForm) session.getAttribute(PendingForm.SESSION_ATTRIBUTE);
        if (pending == null) {
            return "redirect:/";
        }
        session.removeAttribute(PendingForm.SESSION_ATTRIBUTE);
        model.addAttribute("pending", pending);
        return "access/resume";
    }
}
