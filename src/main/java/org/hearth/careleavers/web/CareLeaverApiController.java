package org.hearth.careleavers.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;
import org.hearth.careleavers.internal.CareLeaverService;
import org.hearth.careleavers.internal.CareLeaverService.YoungPerson;
import org.hearth.careleavers.internal.Cohort;
import org.hearth.careleavers.internal.CohortRepository;
import org.hearth.careleavers.internal.CohortRow;
import org.hearth.careleavers.internal.Picture;
import org.hearth.careleavers.internal.RagSuggestion;
import org.hearth.shared.ETags;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PreconditionRequiredException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The care leavers API (issue 6): the cohort, and a young person's RAG ratings. Same access rules as the pages;
 * errors are problem+json naming the field; the leaving care record's version is the ETag of the ratings, and a PUT
 * must send it back in If-Match.
 */
@RestController
@RequestMapping("/api/v1")
class CareLeaverApiController {

    private final Cohort cohort;
    private final CareLeaverService service;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;

    CareLeaverApiController(Cohort cohort, CareLeaverService service, CurrentUsers currentUsers,
            java.time.Clock clock) {
        this.cohort = cohort;
        this.service = service;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    record CohortItem(UUID childId, String localChildId, String name, LocalDate dateOfBirth, int age,
            String category, boolean lookedAfter, UUID teamId, UUID personalAdviserId, Rating eetRating,
            Rating eetSuggested, boolean eetOverridden, Rating circumstancesRating, Rating circumstancesSuggested,
            boolean circumstancesOverridden, String activity, LocalDate activitySince, String accommodation,
            LocalDate accommodationSince, String inTouch, LocalDate lastContactOn, boolean stayingPut,
            String postcode, String residenceStatus, String authorityCode, String authorityName, Boolean outOfArea,
            Double milesFromHome) {
    }

    record CohortPage(List<CohortItem> items, int page, int size, long total) {
    }

    @GetMapping("/care-leavers")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    CohortPage list(@RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        CurrentUser user = currentUsers.require();
        LocalDate today = LocalDate.now(clock);
        CohortRepository.Page rows = cohort.page(user, CohortPagesController.filter(params),
                params.getOrDefault("sort", "name"), "desc".equals(params.get("dir")), page, size);
        return new CohortPage(rows.rows().stream().map(r -> item(r, today)).toList(), page, size, rows.total());
    }

    private static CohortItem item(CohortRow r, LocalDate today) {
        return new CohortItem(r.childId(), r.localChildId(), r.name(), r.dateOfBirth(), r.age(today),
                r.category().name(), r.lookedAfter(), r.teamId(), r.adviserId(), r.eetRating(), r.eetSuggested(),
                r.eetOverridden(), r.circumstancesRating(), r.circumstancesSuggested(), r.circumstancesOverridden(),
                r.activityCode(), r.activitySince(), r.accommodationCode(), r.accommodationSince(), r.inTouchCode(),
                r.lastContactOn(), r.stayingPut(), r.postcode(), r.residenceStatus(), r.authorityCode(),
                r.authorityName(), r.outOfArea(), r.milesFromHome());
    }

    record FiredRuleJson(String rule, Rating rating, String wording, String facts) {
    }

    record RatingJson(Rating rating, Rating suggested, boolean overridden, String reason, List<FiredRuleJson> rules,
            String givenBy, LocalDate ratedOn) {
    }

    record HistoryJson(RagDomain domain, Rating given, Rating suggested, boolean overridden, String reason,
            String givenBy, LocalDate ratedOn, java.time.Instant givenAt) {
    }

    record RagJson(UUID childId, String category, RatingJson eet, RatingJson personalCircumstances,
            List<HistoryJson> history, int version) {
    }

    /** What a worker gives for one rating. */
    record GivenJson(Rating rating, String reason) {
    }

    /** The ratings given: either or both. */
    record RagInput(GivenJson eet, GivenJson personalCircumstances) {
    }

    @GetMapping("/children/{id}/rag")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<RagJson> rag(@PathVariable UUID id) {
        YoungPerson person = service.view(currentUsers.require(), id, "RAG ratings (API)");
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(json(person));
    }

    @PutMapping("/children/{id}/rag")
    @PreAuthorize(Authorisation.CARE_LEAVER_RECORDERS)
    ResponseEntity<RagJson> give(@PathVariable UUID id, @RequestBody RagInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the ratings' ETag in If-Match so that no one's changes are "
                    + "overwritten");
        }
        Map<RagDomain, CareLeaverService.Given> given = new EnumMap<>(RagDomain.class);
        if (input != null && input.eet() != null) {
            given.put(RagDomain.EET, new CareLeaverService.Given(input.eet().rating(), input.eet().reason()));
        }
        if (input != null && input.personalCircumstances() != null) {
            given.put(RagDomain.PERSONAL_CIRCUMSTANCES, new CareLeaverService.Given(
                    input.personalCircumstances().rating(), input.personalCircumstances().reason()));
        }
        try {
            YoungPerson person = service.giveRatings(currentUsers.require(), id, ETags.version(ifMatch), given,
                    new FieldProblems(List.of()));
            return ResponseEntity.ok().eTag(ETags.of(person.version())).body(json(person));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> new FieldProblem(API_FIELDS.getOrDefault(
                    p.field(), p.field()), p.message())).toList());
        }
    }

    /** The service's form field names as the JSON body names them. */
    private static final Map<String, String> API_FIELDS = Map.of("eetRating", "eet.rating", "eetRatingReason",
            "eet.reason", "circumstancesRating", "personalCircumstances.rating", "circumstancesRatingReason",
            "personalCircumstances.reason");

    private static RagJson json(YoungPerson person) {
        Picture p = person.picture();
        return new RagJson(person.child().id(), p.category().category().name(), rating(p, RagDomain.EET),
                rating(p, RagDomain.PERSONAL_CIRCUMSTANCES), person.ratings().stream().map(r -> new HistoryJson(
                        r.domain(), r.given(), r.suggested(), r.overridden(), r.reason(), r.givenByName(),
                        r.ratedOn(), r.givenAt())).toList(), person.version());
    }

    private static RatingJson rating(Picture p, RagDomain domain) {
        RagSuggestion s = p.suggestion(domain);
        var override = p.override(domain);
        var latest = p.current().ratings().get(domain);
        return new RatingJson(p.rating(domain), s.rating(), override != null,
                override == null ? null : override.reason(), s.fired().stream().map(f -> new FiredRuleJson(f.rule(),
                        f.rating(), f.wording(), f.facts())).toList(), latest == null ? null : latest.givenByName(),
                latest == null ? null : latest.ratedOn());
    }
}
