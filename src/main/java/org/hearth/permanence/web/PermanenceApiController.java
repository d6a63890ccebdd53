package org.hearth.permanence.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.permanence.internal.PermanenceRules;
import org.hearth.permanence.internal.PermanenceService;
import org.hearth.shared.ETags;
import org.hearth.shared.FormValues;
import org.hearth.shared.JsonFields;
import org.hearth.shared.PreconditionRequiredException;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's permanence records over the API (issue 8): previous permanence and the adoption match (one each: POST
 * records, PUT with If-Match changes), decisions that the child should be placed for adoption and Deprivation of
 * Liberty Orders (lists: POST adds, PUT on one with If-Match changes). 428 without If-Match, 412 when stale; refusals
 * are problem+json naming the field. Dates are yyyy-mm-dd, except the previous permanence order date, which is the
 * return's dd/mm/yyyy with zz for unknown parts.
 */
@RestController
@RequestMapping("/api/v1/children/{id}")
class PermanenceApiController {

    private final PermanenceService service;
    private final CurrentUsers currentUsers;

    PermanenceApiController(PermanenceService service, CurrentUsers currentUsers) {
        this.service = service;
        this.currentUsers = currentUsers;
    }

    /** The previous permanence option; 404 when none is recorded. */
    @GetMapping("/previous-permanence")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> previous(@PathVariable UUID id) {
        ChildPermanence records = service.view(currentUsers.require(), id, "previous permanence (API)").records();
        if (records.previous() == null) {
            throw new RecordNotFoundException("No previous permanence is recorded for this child");
        }
        return ResponseEntity.ok().eTag(ETags.of(records.previous().version())).body(previous(records.previous()));
    }

    /**
     * Records it: {@code option} (P1-P4, Z1), {@code localAuthority} (three-digit DfE number, WAL, SCO, NUK, NIR),
     * {@code orderDate} (dd/mm/yyyy, zz for unknown parts). 412 when one is already recorded: change it with PUT.
     */
    @PostMapping("/previous-permanence")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> recordPrevious(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        PreviousPermanence saved = service.recordPrevious(currentUsers.require(), id, previousInput(body), null);
        return ResponseEntity.created(URI.create(base(id) + "/previous-permanence")).eTag(ETags.of(saved.version()))
                .body(previous(saved));
    }

    @PutMapping("/previous-permanence")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> changePrevious(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch, "previous permanence");
        PreviousPermanence saved = service.recordPrevious(currentUsers.require(), id, previousInput(body), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(previous(saved));
    }

    /** The decisions that the child should be placed for adoption and the match, if recorded. */
    @GetMapping("/adoption")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    Map<String, Object> adoption(@PathVariable UUID id) {
        ChildPermanence records = service.view(currentUsers.require(), id, "adoption (API)").records();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decisions", records.decisions().stream().map(PermanenceApiController::decision).toList());
        json.put("match", records.match() == null ? null : match(records.match()));
        return json;
    }

    /**
     * Adds a decision that the child should be placed for adoption: {@code decidedOn}, and when it was reversed
     * {@code reversedOn} with {@code reversalReason} (RD1-RD4).
     */
    @PostMapping("/adoption/decisions")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> addDecision(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        AdoptionDecision saved = service.addDecision(currentUsers.require(), id, decisionInput(body));
        return ResponseEntity.created(URI.create(base(id) + "/adoption/decisions/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(decision(saved));
    }

    @GetMapping("/adoption/decisions/{decisionId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> oneDecision(@PathVariable UUID id, @PathVariable String decisionId) {
        AdoptionDecision d = service.decision(currentUsers.require(), id, FormValues.id(decisionId, "decision"),
                "decision to place for adoption (API)");
        return ResponseEntity.ok().eTag(ETags.of(d.version())).body(decision(d));
    }

    @PutMapping("/adoption/decisions/{decisionId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> changeDecision(@PathVariable UUID id, @PathVariable String decisionId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch, "decision");
        AdoptionDecision saved = service.changeDecision(currentUsers.require(), id, FormValues.id(decisionId,
                "decision"), decisionInput(body), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(decision(saved));
    }

    /**
     * Records the match: {@code matchedOn}, {@code byFosterCarers} (true/false), {@code adopterCount} (1, 2),
     * {@code adopterSex} (M1, F1, MM, FF, MF), {@code adopterLegalStatus} (L0, L11, L12, L2, L3, L4).
     */
    @PostMapping("/adoption/match")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> recordMatch(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        AdoptionMatch saved = service.recordMatch(currentUsers.require(), id, matchInput(body), null);
        return ResponseEntity.created(URI.create(base(id) + "/adoption/match")).eTag(ETags.of(saved.version()))
                .body(match(saved));
    }

    @PutMapping("/adoption/match")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> changeMatch(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch, "adoption match");
        AdoptionMatch saved = service.recordMatch(currentUsers.require(), id, matchInput(body), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(match(saved));
    }

    @GetMapping("/deprivation-of-liberty-orders")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    List<Map<String, Object>> orders(@PathVariable UUID id) {
        return service.view(currentUsers.require(), id, "Deprivation of Liberty Orders (API)").records().orders()
                .stream().map(PermanenceApiController::order).toList();
    }

    /** Adds an order: {@code startedOn}, and {@code endedOn} once it has ended. */
    @PostMapping("/deprivation-of-liberty-orders")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> addOrder(@PathVariable UUID id,
            @RequestBody(required = false) Map<String, Object> body) {
        DeprivationOfLibertyOrder saved = service.addOrder(currentUsers.require(), id, orderInput(body));
        return ResponseEntity.created(URI.create(base(id) + "/deprivation-of-liberty-orders/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(order(saved));
    }

    @GetMapping("/deprivation-of-liberty-orders/{orderId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    ResponseEntity<Map<String, Object>> oneOrder(@PathVariable UUID id, @PathVariable String orderId) {
        DeprivationOfLibertyOrder o = service.order(currentUsers.require(), id, FormValues.id(orderId, "order"),
                "Deprivation of Liberty Order (API)");
        return ResponseEntity.ok().eTag(ETags.of(o.version())).body(order(o));
    }

    @PutMapping("/deprivation-of-liberty-orders/{orderId}")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    ResponseEntity<Map<String, Object>> changeOrder(@PathVariable UUID id, @PathVariable String orderId,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int version = version(ifMatch, "order");
        DeprivationOfLibertyOrder saved = service.changeOrder(currentUsers.require(), id, FormValues.id(orderId,
                "order"), orderInput(body), version);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(order(saved));
    }

    private static int version(String ifMatch, String what) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("Send the " + what + "'s ETag in If-Match so that no one's "
                    + "changes are overwritten");
        }
        return ETags.version(ifMatch);
    }

    private static PermanenceRules.PreviousInput previousInput(Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        return new PermanenceRules.PreviousInput(json.text("option"), json.text("localAuthority"),
                json.text("orderDate"), json.problems());
    }

    private static PermanenceRules.DecisionInput decisionInput(Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        return new PermanenceRules.DecisionInput(json.date("decidedOn"), json.date("reversedOn"),
                json.text("reversalReason"), json.problems());
    }

    private static PermanenceRules.MatchInput matchInput(Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        return new PermanenceRules.MatchInput(json.date("matchedOn"), json.text("byFosterCarers"),
                json.text("adopterCount"), json.text("adopterSex"), json.text("adopterLegalStatus"),
                json.problems());
    }

    private static PermanenceRules.OrderInput orderInput(Map<String, Object> body) {
        JsonFields json = new JsonFields(body);
        return new PermanenceRules.OrderInput(json.date("startedOn"), json.date("endedOn"), json.problems());
    }

    private static String base(UUID childId) {
        return "/api/v1/children/" + childId;
    }

    static Map<String, Object> previous(PreviousPermanence p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("option", p.option());
        json.put("localAuthority", p.localAuthority());
        json.put("orderDate", p.orderDate());
        json.put("version", p.version());
        return json;
    }

    static Map<String, Object> decision(AdoptionDecision d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("decidedOn", d.decidedOn().toString());
        json.put("reversedOn", d.reversedOn() == null ? null : d.reversedOn().toString());
        json.put("reversalReason", d.reversalReason());
        json.put("version", d.version());
        json.put("links", Map.of("self", base(d.childId()) + "/adoption/decisions/" + d.id()));
        return json;
    }

    static Map<String, Object> match(AdoptionMatch m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("matchedOn", m.matchedOn().toString());
        json.put("byFosterCarers", m.byFosterCarers());
        json.put("adopterCount", m.adopterCount());
        json.put("adopterSex", m.adopterSex());
        json.put("adopterLegalStatus", m.adopterLegalStatus());
        json.put("version", m.version());
        return json;
    }

    static Map<String, Object> order(DeprivationOfLibertyOrder o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", o.id());
        json.put("startedOn", o.startedOn().toString());
        json.put("endedOn", o.endedOn() == null ? null : o.endedOn().toString());
        json.put("version", o.version());
        json.put("links", Map.of("self", base(o.childId()) + "/deprivation-of-liberty-orders/" + o.id()));
        return json;
    }
}
