package org.hearth.places.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.places.ContactsGiven;
import org.hearth.places.ContactsLetters;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The letter of contacts for a young person living out of area, and recording that they were given them. */
@Controller
class ChildPlacesPagesController {

    private final ContactsLetters letters;
    private final ContactsGiven given;
    private final ChildGate gate;
    private final CurrentUsers currentUsers;

    ChildPlacesPagesController(ContactsLetters letters, ContactsGiven given, ChildGate gate,
            CurrentUsers currentUsers) {
        this.letters = letters;
        this.given = given;
        this.gate = gate;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/children/{id}/authority-contacts-letter")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String letter(@PathVariable UUID id, Model model) {
        ContactsLetters.Letter letter = letters.printable(currentUsers.require(), id);
        model.addAttribute("letter", letter);
        model.addAttribute("paragraphs", ContactsLetters.paragraphs(letter));
        model.addAttribute("closing", ContactsLetters.closing(letter));
        return "places/letter";
    }

    @GetMapping("/children/{id}/authority-contacts-letter.pdf")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<byte[]> letterPdf(@PathVariable UUID id) {
        byte[] pdf = letters.pdf(currentUsers.require(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("contacts-where-you-live.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }

    @GetMapping("/children/{id}/authority-contacts-given/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String givenForm(@PathVariable UUID id, Model model) {
        ChildView child = gate.require(currentUsers.require(), id, AccessAction.VIEW,
                "form to record contacts given where they live");
        return form(model, child, DateParts.of(null), null, null);
    }

    @PostMapping("/children/{id}/authority-contacts-given/new")
    @PreAuthorize(Authorisation.STATUTORY_ACTIVITY_RECORDERS)
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        var user = currentUsers.require();
        DateParts date = new DateParts(form.get("givenOnDay"), form.get("givenOnMonth"), form.get("givenOnYear"));
        java.util.List<FieldProblem> formProblems = new java.util.ArrayList<>();
        java.time.LocalDate givenOn = null;
        try {
            givenOn = date.toDate("givenOn", "The date they were given the contacts");
        } catch (InvalidInputException e) {
            formProblems.addAll(e.problems());
        }
        try {
            if (!formProblems.isEmpty()) {
                given.record(user, id, null, form.get("how"), form.get("note"));
            }
            given.record(user, id, givenOn, form.get("how"), form.get("note"));
            redirect.addFlashAttribute("success", "Recorded that they were given the contacts");
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            ChildView child = gate.require(user, id, AccessAction.VIEW, "form to record contacts given where they live");
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            return form(model, child, date, form.get("how"), form.get("note"));
        }
    }

    private static String form(Model model, ChildView child, DateParts givenOn, String how, String note) {
        model.addAttribute("child", child);
        model.addAttribute("givenOn", givenOn);
        model.addAttribute("how", how);
        model.addAttribute("note", note);
        model.addAttribute("hows", Arrays.stream(ContactsGiven.How.values())
                .map(h -> new Option(h.name(), h.label())).toList());
        return "places/given-form";
    }
}
