package org.hearth.places.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.places.AuthorityContact;
import org.hearth.places.ContactDetails;
import org.hearth.places.ContactService;
import org.hearth.places.ContactsDirectory;
import org.hearth.places.ImportRefusedException;
import org.hearth.places.ImportResult;
import org.hearth.places.LocalAuthorities;
import org.hearth.places.LocalAuthority;
import org.hearth.places.PlacesImports;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's places page (imports of the postcode directory and the authority lookup), and the contacts
 * directory: every English children's services authority with its contacts, added, changed and removed by
 * administrators and team managers.
 */
@Controller
class PlacesPagesController {

    private final PlacesImports imports;
    private final ContactsDirectory contacts;
    private final LocalAuthorities authorities;
    private final CurrentUsers currentUsers;

    PlacesPagesController(PlacesImports imports, ContactsDirectory contacts, LocalAuthorities authorities,
            CurrentUsers currentUsers) {
        this.imports = imports;
        this.contacts = contacts;
        this.authorities = authorities;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/admin/places")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String admin(Model model) {
        model.addAttribute("counts", imports.counts());
        model.addAttribute("lastPostcodes", imports.lastImport(PlacesImports.POSTCODE_DIRECTORY).orElse(null));
        model.addAttribute("lastLookup", imports.lastImport(PlacesImports.AUTHORITY_LOOKUP).orElse(null));
        model.addAttribute("lastContacts", imports.lastImport(PlacesImports.AUTHORITY_CONTACTS).orElse(null));
        return "places/admin";
    }

    @PostMapping("/admin/places/postcode-directory")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String uploadPostcodes(@RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        return upload(file, "postcodeFile", "Choose the ONS Postcode Directory file (.csv or .csv.gz)", model,
                redirect, in -> imports.importPostcodeDirectory(currentUsers.require(), in, file.getOriginalFilename()));
    }

    @PostMapping("/admin/places/local-authorities")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String uploadLookup(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        return upload(file, "lookupFile", "Choose the ONS LTLA to UTLA lookup file (.csv)", model, redirect,
                in -> imports.importAuthorityLookup(currentUsers.require(), in, file.getOriginalFilename()));
    }

    private interface Importer {
        ImportResult run(InputStream in);
    }

    private String upload(MultipartFile file, String field, String missing, Model model, RedirectAttributes redirect,
            Importer importer) throws IOException {
        if (file == null || file.isEmpty()) {
            FormErrors.addTo(model, List.of(new FieldProblem(field, missing)));
            return admin(model);
        }
        try (InputStream in = file.getInputStream()) {
            ImportResult result = importer.run(in);
            redirect.addFlashAttribute("success", result.summary());
            return "redirect:/admin/places";
        } catch (ImportRefusedException e) {
            FormErrors.addTo(model, List.of(new FieldProblem(field, e.getMessage())));
            return admin(model);
        }
    }

    @GetMapping("/local-authorities")
    @PreAuthorize(Authorisation.CONTACTS_READERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String show, Model model) {
        String filter = q == null ? "" : q.trim().toLowerCase(Locale.UK);
        var all = contacts.summaries();
        var shown = all.stream()
                .filter(s -> filter.isEmpty() || s.authority().name().toLowerCase(Locale.UK).contains(filter)
                        || s.authority().code().toLowerCase(Locale.UK).equals(filter))
                .filter(s -> !"stale".equals(show) || s.stale() > 0)
                .filter(s -> !"missing".equals(show) || s.contacts() < ContactService.values().length)
                .toList();
        model.addAttribute("authorities", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("q", q);
        model.addAttribute("show", show);
        model.addAttribute("canEdit", Authorisation.allows(Authorisation.CONTACTS_EDITORS, currentUsers.require()));
        model.addAttribute("columns", String.join(", ", ContactsDirectory.CSV_COLUMNS));
        return "places/authorities";
    }

    @PostMapping("/local-authorities/contacts-import")
    @PreAuthorize(Authorisation.CONTACTS_EDITORS)
    String importContacts(@RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            FormErrors.addTo(model, List.of(new FieldProblem("file", "Choose the contacts file (.csv)")));
            return list(null, null, model);
        }
        try (InputStream in = file.getInputStream()) {
            ImportResult result = contacts.importCsv(currentUsers.require(), in, file.getOriginalFilename());
            redirect.addFlashAttribute("success", result.summary());
            return "redirect:/local-authorities";
        } catch (ImportRefusedException e) {
            FormErrors.addTo(model, List.of(new FieldProblem("file", e.getMessage())));
            model.addAttribute("report", e.problems());
            return list(null, null, model);
        }
    }

    @GetMapping("/local-authorities/{code}")
    @PreAuthorize(Authorisation.CONTACTS_READERS)
    String authority(@PathVariable String code, Model model) {
        LocalAuthority authority = authority(code);
        model.addAttribute("authority", authority);
        model.addAttribute("contacts", contacts.of(authority.code()));
        model.addAttribute("canEdit", Authorisation.allows(Authorisation.CONTACTS_EDITORS, currentUsers.require()));
        return "places/authority";
    }

    @GetMapping("/local-authorities/{code}/contacts/new")
    @PreAuthorize(Authorisation.CONTACTS_EDITORS)
    String newContact(@PathVariable String code, Model model) {
        return form(model, authority(code), null, Map.of(), DateParts.of(null));
    }

    @PostMapping("/local-authorities/{code}/contacts/new")
    @PreAuthorize(Authorisation.CONTACTS_EDITORS)
    String add(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        LocalAuthority authority = authority(code);
        DateParts verified = verified(form);
        List<FieldProblem> formProblems = new java.util.ArrayList<>();
        try {
            ContactDetails details = details(form, verified, formProblems);
            if (!formProblems.isEmpty()) {
                throw new InvalidInputException(List.of());
            }
            contacts.add(currentUsers.require(), authority.code(), details);
            redirect.addFlashAttribute("success", "Contact added");
            return "redirect:/local-authorities/" + authority.code();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            return form(model, authority, null, form, verified);
        }
    }

    @GetMapping("/local-authorities/{code}/contacts/{id}/edit")
    @PreAuthorize(Authorisation.CONTACTS_EDITORS)
    String edit(@PathVariable String code, @PathVariable UUID id, Model model) {
        AuthorityContact contact = contact(code, id);
        Map<String, String> values = Map.of("service", contact.service().name(), "name", contact.name(),
                "phone", nz(contact.phone()), "email", nz(contact.email()), "address", nz(contact.address()),
                "website", nz(contact.website()), "version", String.valueOf(contact.version()));
        return form(model, authority(code), contact, values, DateParts.of(contact.lastVerifiedOn()));
    }

    @PostMapping("/local-authorities/{code}/contacts/{id}/edit")
    @PreAuthorize(Authorisation.CONTACTS_EDITORS)
    String change(@PathVariable String code, @PathVariable UUID id, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        AuthorityContact contact = contact(code, id);
        DateParts verified = verified(form);
        List<FieldProblem> formProblems = new java.util.ArrayList<>();
        try {
            ContactDetails details = details(form, verified, formProblems);
            if (!formProblems.isEmpty()) {
                throw new InvalidInputException(List.of());
            }
            contacts.change(currentUsers.require(), id, version(form), details);
            redirect.addFlashAttribute("success", "Contact changed");
            return "redirect:/local-authorities/" + contact.authorityCode();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            return form(model, authority(code), contact, form, verified);
        } catch (StaleEditException e) {
            model.addAttribute("conflict", contact);
            return form(model, authority(code), contact, form, verified);
        }
    }

    @PostMapping("/local-authorities/{code}/contacts/{id}/remove")
    @PreAuthorize(Authorisation.CONTACTS_EDITORS)
    String remove(@PathVariable String code, @PathVariable UUID id, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        AuthorityContact contact = contact(code, id);
        try {
            contacts.remove(currentUsers.require(), id, version(form));
            redirect.addFlashAttribute("success", "Contact removed");
            return "redirect:/local-authorities/" + contact.authorityCode();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", contact);
            return form(model, authority(code), contact, form, verified(form));
        }
    }

    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "The form is missing the contact's version: open it again");
        }
    }

    private static DateParts verified(Map<String, String> form) {
        return new DateParts(form.get("lastVerifiedOnDay"), form.get("lastVerifiedOnMonth"),
                form.get("lastVerifiedOnYear"));
    }

    private static ContactDetails details(Map<String, String> form, DateParts verified,
            List<FieldProblem> formProblems) {
        LocalDate on = null;
        try {
            on = verified.toDate("lastVerifiedOn", "The date last verified");
        } catch (InvalidInputException e) {
            formProblems.addAll(e.problems());
        }
        ContactService service = null;
        try {
            String text = form.get("service");
            service = text == null || text.isBlank() ? null : ContactService.valueOf(text);
        } catch (IllegalArgumentException e) {
            // the service's check says "Choose the service"
        }
        return new ContactDetails(service, form.get("name"), form.get("phone"), form.get("email"),
                form.get("address"), form.get("website"), on);
    }

    private String form(Model model, LocalAuthority authority, AuthorityContact contact, Map<String, String> values,
            DateParts verified) {
        model.addAttribute("authority", authority);
        model.addAttribute("contact", contact);
        model.addAttribute("values", values);
        model.addAttribute("lastVerifiedOn", verified);
        model.addAttribute("services", Arrays.stream(ContactService.values())
                .map(s -> new Option(s.name(), s.title())).toList());
        return "places/contact-form";
    }

    private LocalAuthority authority(String code) {
        return authorities.find(code).orElseThrow(() -> new RecordNotFoundException(
                "No English children's services authority with code " + code));
    }

    private AuthorityContact contact(String code, UUID id) {
        AuthorityContact contact = contacts.find(id);
        if (!contact.authorityCode().equals(code)) {
            throw new RecordNotFoundException("No contact with id " + id + " in " + code);
        }
        return contact;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

}
