package org.hearth.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.policy.PolicyCatalogue;
import org.hearth.policy.PolicyDocuments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaving care offer and the complaints process (issue 6), for workers to read with a young person, print, or
 * link to from a pathway plan. {@code ?on=2026-04-01} shows the version that applied on a past date.
 */
@Controller
class PolicyDocumentPagesController {

    private final PolicyDocuments documents;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PolicyDocumentPagesController(PolicyDocuments documents, CurrentUsers currentUsers, Clock clock) {
        this.documents = documents;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/leaving-care-offer")
    @PreAuthorize(Authorisation.SIGNED_IN)
    String leavingCareOffer(@RequestParam(required = false) String on, Model model) {
        return show(PolicyCatalogue.DOCUMENT_LEAVING_CARE_OFFER, "Your leaving care offer", on, model,
                "policy/document");
    }

    @GetMapping("/leaving-care-offer/print")
    @PreAuthorize(Authorisation.SIGNED_IN)
    String leavingCareOfferPrint(@RequestParam(required = false) String on, Model model) {
        return show(PolicyCatalogue.DOCUMENT_LEAVING_CARE_OFFER, "Your leaving care offer", on, model,
                "policy/document-print");
    }

    @GetMapping("/complaints")
    @PreAuthorize(Authorisation.SIGNED_IN)
    String complaints(@RequestParam(required = false) String on, Model model) {
        return show(PolicyCatalogue.DOCUMENT_COMPLAINTS_PROCESS, "How to complain", on, model, "policy/document");
    }

    @GetMapping("/complaints/print")
    @PreAuthorize(Authorisation.SIGNED_IN)
    String complaintsPrint(@RequestParam(required = false) String on, Model model) {
        return show(PolicyCatalogue.DOCUMENT_COMPLAINTS_PROCESS, "How to complain", on, model,
                "policy/document-print");
    }

    private String show(String key, String heading, String on, Model model, String template) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = today;
        if (on != null && !on.isBlank()) {
            try {
                date = LocalDate.parse(on.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("dateNotRead", on);
            }
        }
        model.addAttribute("document", documents.document(key, date));
        model.addAttribute("heading", heading);
        model.addAttribute("today", today);
        model.addAttribute("canChange", Authorisation.allows(Authorisation.ADMINISTRATORS, currentUsers.require()));
        model.addAttribute("path", PolicyCatalogue.DOCUMENT_LEAVING_CARE_OFFER.equals(key) ? "/leaving-care-offer"
                : "/complaints");
        return template;
    }
}
