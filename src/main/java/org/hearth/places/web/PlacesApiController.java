package org.hearth.places.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.places.AuthorityContact;
import org.hearth.places.ContactsDirectory;
import org.hearth.places.ImportRefusedException;
import org.hearth.places.ImportResult;
import org.hearth.places.LocalAuthorities;
import org.hearth.places.LocalAuthority;
import org.hearth.places.PlacesImports;
import org.hearth.places.Residence;
import org.hearth.places.ResidenceStatus;
import org.hearth.places.internal.ResidenceService;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The places API: an authority's contacts, where a postcode is, and the three imports (multipart upload, field
 * {@code file}). A refused import answers 422 with the row report ({@code problems}: row, column, value, problem).
 */
@RestController
class PlacesApiController {

    private final LocalAuthorities authorities;
    private final ContactsDirectory contacts;
    private final ResidenceService residences;
    private final PlacesImports imports;
    private final CurrentUsers currentUsers;

    PlacesApiController(LocalAuthorities authorities, ContactsDirectory contacts, ResidenceService residences,
            PlacesImports imports, CurrentUsers currentUsers) {
        this.authorities = authorities;
        this.contacts = contacts;
        this.residences = residences;
        this.imports = imports;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/local-authorities/{code}/contacts")
    @PreAuthorize(Authorisation.CONTACTS_READERS)
    List<AuthorityContact> contacts(@PathVariable String code) {
        LocalAuthority authority = authorities.find(code).orElseThrow(() -> new RecordNotFoundException(
                "No English children's services authority with code " + code));
        return contacts.of(authority.code());
    }

    /** Where a postcode is. */
    record PostcodeJson(String postcode, String status, String district, LocalAuthority authority,
            boolean inHomeArea, Double milesFromHome) {
    }

    @GetMapping("/api/v1/postcodes/{postcode}")
    @PreAuthorize(Authorisation.CONTACTS_READERS)
    PostcodeJson postcode(@PathVariable String postcode) {
        Residence residence = residences.of(postcode);
        if (residence.status() == ResidenceStatus.UNKNOWN_POSTCODE || residence.status() == ResidenceStatus.NO_POSTCODE) {
            throw new RecordNotFoundException("The postcode " + postcode + " is not in the postcode directory");
        }
        return new PostcodeJson(org.hearth.places.Postcodes.normalise(postcode), residence.status().name(),
                residences.districtOf(postcode).orElse(null), residence.authority(),
                residence.status() == ResidenceStatus.IN_HOME_AREA, residence.milesFromHome());
    }

    @PostMapping(path = "/api/v1/admin/postcode-directory", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    ImportResult importPostcodes(@RequestParam(required = false) MultipartFile file) throws IOException {
        try (InputStream in = required(file)) {
            return imports.importPostcodeDirectory(currentUsers.require(), in, file.getOriginalFilename());
        }
    }

    @PostMapping(path = "/api/v1/admin/local-authorities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    ImportResult importLookup(@RequestParam(required = false) MultipartFile file) throws IOException {
        try (InputStream in = required(file)) {
            return imports.importAuthorityLookup(currentUsers.require(), in, file.getOriginalFilename());
        }
    }

    @PostMapping(path = "/api/v1/admin/local-authority-contacts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Authorisation.CONTACTS_EDITORS)
    ImportResult importContacts(@RequestParam(required = false) MultipartFile file) throws IOException {
        try (InputStream in = required(file)) {
            return contacts.importCsv(currentUsers.require(), in, file.getOriginalFilename());
        }
    }

    private static InputStream required(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Send the file as multipart form data in a part called file");
        }
        return file.getInputStream();
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The file was refused");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("problemCount", e.problemCount());
        problem.setProperty("problems", e.problems());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

}
