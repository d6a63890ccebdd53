package org.hearth.careleavers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.careleavers.ConcernLevel;
import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;
import org.hearth.careleavers.internal.CareLeaverService;
import org.hearth.careleavers.internal.CareLeaverService.YoungPerson;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FieldProblems;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The young person's leaving care record on pages: the record with its histories, and one short form per change
 * (personal adviser, in touch, activity, accommodation, Staying Put, concerns, RAG ratings). Forms carry the record's
 * version; a change made meanwhile by someone else is shown and nothing is saved.
 */
@Controller
class LeavingCarePagesController {

    static final String FORMS = "{form:adviser|in-touch|activity|accommodation|staying-put|staying-put-end|"
            + "circumstances|rag}";

    private final CareLeaverService service;
    private final CurrentUsers currentUsers;
    private final Directory directory;
    private final CodeLists codes;
    private final java.time.Clock clock;

    private final org.hearth.places.Residences residences;
    private final org.hearth.places.AuthorityContacts authorityContacts;

    LeavingCarePagesController(CareLeaverService service, CurrentUsers currentUsers, Directory directory,
            CodeLists codes, java.time.Clock clock, org.hearth.places.Residences residences,
            org.hearth.places.AuthorityContacts authorityContacts) {
        this.residences = residences;
        this.authorityContacts = authorityContacts;
        this.service = service;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.codes = codes;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/leaving-care")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String record(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        YoungPerson person = service.view(user, id, "leaving care record");
        model.addAttribute("person", person);
        model.addAttribute("child", person.child());
        model.addAttribute("picture", person.picture());
        List<UUID> people = new ArrayList<>();
        person.advisers().forEach(a -> {
            people.add(a.adviserId());
            people.add(a.recordedBy());
        });
        person.inTouch().forEach(s -> people.add(s.recordedBy()));
        person.activities().forEach(s -> people.add(s.recordedBy()));
        person.accommodation().forEach(s -> people.add(s.recordedBy()));
        person.concerns().forEach(s -> people.add(s.recordedBy()));
        model.addAttribute("names", directory.displayNames(people));
        model.addAttribute("canRecord", Authorisation.allows(Authorisation.CARE_LEAVER_RECORDERS, user));
        model.addAttribute("domains", RagDomain.values());
        // where they live, so that a personal adviser sees an out-of-area young person's contacts from here too
        org.hearth.places.Residence residence = residences.of(person.child().currentPostcode());
        model.addAttribute("residence", residence);
        model.addAttribute("contactsThere", residence.outOfArea() && residence.authority() != null
                ? authorityContacts.of(residence.authority().code()).size() : 0);
        return "careleavers/record";
    }

    @GetMapping("/children/{id}/leaving-care/" + FORMS)
    @PreAuthorize(Authorisation.CARE_LEAVER_RECORDERS)
    String form(@PathVariable UUID id, @PathVariable String form, Model model) {
        YoungPerson person = service.view(currentUsers.require(), id, "leaving care record (" + form + " form)");
        return render(model, form, person, saved(form, person), false);
    }

    @PostMapping("/children/{id}/leaving-care/" + FORMS)
    @PreAuthorize(Authorisation.CARE_LEAVER_RECORDERS)
    String save(@PathVariable UUID id, @PathVariable String form, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> formProblems = new ArrayList<>();
        try {
            int version = version(params);
            switch (form) {
                case "adviser" -> service.allocateAdviser(user, id, version, uuid(params.get("adviser")),
                        date(params, "allocatedOn", "The date of allocation", formProblems),
                        new FieldProblems(formProblems));
                case "in-touch" -> service.recordInTouch(user, id, version, blank(params.get("code")),
                        date(params, "since", "The date", formProblems),
                        date(params, "lastContactOn", "The date of the last contact", formProblems),
                        new FieldProblems(formProblems));
                case "activity" -> service.recordActivity(user, id, version, blank(params.get("code")),
                        date(params, "since", "The start date", formProblems), new FieldProblems(formProblems));
                case "accommodation" -> service.recordAccommodation(user, id, version, blank(params.get("code")),
                        date(params, "since", "The start date", formProblems), new FieldProblems(formProblems));
                case "staying-put" -> service.startStayingPut(user, id, version, params.get("carerName"),
                        date(params, "startedOn", "The start date", formProblems), new FieldProblems(formProblems));
                case "staying-put-end" -> service.endStayingPut(user, id, version,
                        date(params, "endedOn", "The end date", formProblems), new FieldProblems(formProblems));
                case "circumstances" -> service.assessCircumstances(user, id, version, level(params.get("health")),
                        level(params.get("money")), level(params.get("relationships")), level(params.get("risk")),
                        date(params, "assessedOn", "The date", formProblems), new FieldProblems(formProblems));
                case "rag" -> {
                    Map<RagDomain, CareLeaverService.Given> given = new EnumMap<>(RagDomain.class);
                    given.put(RagDomain.EET, new CareLeaverService.Given(rating(params.get("eetRating")),
                            params.get("eetRatingReason")));
                    given.put(RagDomain.PERSONAL_CIRCUMSTANCES, new CareLeaverService.Given(
                            rating(params.get("circumstancesRating")), params.get("circumstancesRatingReason")));
                    service.giveRatings(user, id, version, given, new FieldProblems(formProblems));
                }
                default -> throw new RecordNotFoundException("No such form");
            }
            redirect.addFlashAttribute("success", SUCCESS.get(form));
            return "redirect:/children/" + id + "/leaving-care";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, FormErrors.merge(formProblems, e.problems()));
            YoungPerson person = service.view(user, id, "leaving care record (" + form + " form)");
            return render(model, form, person, params, false);
        } catch (StaleEditException e) {
            YoungPerson person = service.view(user, id, "leaving care record (" + form + " form)");
            Map<String, String> kept = new java.util.HashMap<>(params);
            kept.put("version", String.valueOf(person.version()));
            return render(model, form, person, kept, true);
        }
    }

    private static final Map<String, String> SUCCESS = Map.of("adviser", "Personal adviser allocated", "in-touch",
            "In-touch status recorded", "activity", "Main activity recorded", "accommodation",
            "Accommodation recorded", "staying-put", "Staying Put arrangement recorded", "staying-put-end",
            "Staying Put arrangement ended", "circumstances", "Personal circumstances recorded", "rag",
            "RAG ratings saved");

    private String render(Model model, String form, YoungPerson person, Map<String, String> values, boolean stale) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("child", person.child());
        model.addAttribute("picture", person.picture());
        model.addAttribute("values", values);
        model.addAttribute("stale", stale);
        model.addAttribute("title", TITLES.get(form));
        for (String date : List.of("allocatedOn", "since", "lastContactOn", "startedOn", "endedOn", "assessedOn")) {
            model.addAttribute(date, new DateParts(values.getOrDefault(date + "Day", ""),
                    values.getOrDefault(date + "Month", ""), values.getOrDefault(date + "Year", "")));
        }
        CodeField list = switch (form) {
            case "in-touch" -> CodeField.IN_TOUCH;
            case "activity" -> CodeField.ACTIV;
            case "accommodation" -> CodeField.ACCOM;
            default -> null;
        };
        if (list != null) {
            model.addAttribute("codeOptions", codes.codesOn(list, today).stream()
                    .map(c -> new Option(c.code(), c.label())).toList());
        }
        if (form.equals("adviser")) {
            model.addAttribute("advisers", directory.caseholders().stream()
                    .filter(u -> u.roles().contains(Role.PERSONAL_ADVISER))
                    .sorted(java.util.Comparator.comparing(u -> u.displayName()))
                    .map(u -> new Option(u.id().toString(), u.displayName())).toList());
        }
        model.addAttribute("levels", ConcernLevel.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("domains", RagDomain.values());
        return "careleavers/form";
    }

    private static final Map<String, String> TITLES = Map.of("adviser", "Allocate a personal adviser", "in-touch",
            "Record in-touch status", "activity", "Record the main activity", "accommodation",
            "Record accommodation", "staying-put", "Record a Staying Put arrangement", "staying-put-end",
            "End the Staying Put arrangement", "circumstances", "Record personal circumstances", "rag",
            "Give RAG ratings");

    /** What is saved now, as form values, so a form opens with the current record. */
    private static Map<String, String> saved(String form, YoungPerson person) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("version", String.valueOf(person.version()));
        var c = person.picture().current();
        switch (form) {
            case "adviser" -> {
                if (c.adviser() != null) {
                    values.put("adviser", c.adviser().adviserId().toString());
                }
            }
            case "in-touch" -> {
                if (c.inTouch() != null) {
                    values.put("code", c.inTouch().code());
                }
            }
            case "activity" -> {
                if (c.activity() != null) {
                    values.put("code", c.activity().code());
                }
            }
            case "accommodation" -> {
                if (c.accommodation() != null) {
                    values.put("code", c.accommodation().code());
                }
            }
            case "circumstances" -> {
                if (c.concerns() != null) {
                    values.put("health", c.concerns().health().name());
                    values.put("money", c.concerns().money().name());
                    values.put("relationships", c.concerns().relationships().name());
                    values.put("risk", c.concerns().risk().name());
                }
            }
            case "rag" -> {
                values.put("eetRating", person.picture().rating(RagDomain.EET).name());
                values.put("circumstancesRating", person.picture().rating(RagDomain.PERSONAL_CIRCUMSTANCES).name());
            }
            default -> {
            }
        }
        return values;
    }

    private static int version(Map<String, String> params) {
        try {
            return Integer.parseInt(params.getOrDefault("version", "0"));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "The form was damaged: open it again");
        }
    }

    private static LocalDate date(Map<String, String> params, String field, String label, List<FieldProblem> problems) {
        DateParts parts = new DateParts(params.get(field + "Day"), params.get(field + "Month"),
                params.get(field + "Year"));
        try {
            return parts.toDate(field, label);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ConcernLevel level(String value) {
        try {
            return value == null || value.isBlank() ? null : ConcernLevel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Rating rating(String value) {
        try {
            return value == null || value.isBlank() ? null : Rating.valueOf(value.trim().toUpperCase(java.util.Locale.UK));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
