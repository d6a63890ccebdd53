package org.hearth.permanence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.AdoptionMatched;
import org.hearth.permanence.ChildPermanence;
import org.hearth.permanence.DeprivationOfLibertyEnded;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.DeprivationOfLibertyStarted;
import org.hearth.permanence.PlacementForAdoptionDecided;
import org.hearth.permanence.PlacementForAdoptionReversed;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a child's permanence records from the pages and the API: every read and write through the children
 * module's {@link ChildGate} (access rule and access log), each change one transaction with its events.
 */
@Service
public class PermanenceService {

    private final PermanenceRepository store;
    private final ChildGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PermanenceService(PermanenceRepository store, ChildGate gate, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.events = events;
        this.clock = clock;
    }

    public record ChildRecords(ChildView child, ChildPermanence records) {
    }

    @Transactional
    public ChildRecords view(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildRecords(child, read(childId));
    }

    /** The child's records without access check or log: for a section of a page already checked and logged. */
    @Transactional(readOnly = true)
    public ChildPermanence read(UUID childId) {
        return new ChildPermanence(childId, store.previous(childId).orElse(null), store.decisions(childId),
                store.match(childId).orElse(null), store.orders(childId));
    }

    // previous permanence: one per child

    /** @param expectedVersion null to record it for the first time */
    @Transactional
    public PreviousPermanence recordPrevious(CurrentUser user, UUID childId, PermanenceRules.PreviousInput input,
            Integer expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: previous permanence");
        PreviousPermanence checked = PermanenceRules.previous(childId, input, child.dateOfBirth(), today());
        PreviousPermanence current = store.previous(childId).orElse(null);
        if (expectedVersion == null) {
            if (current != null || !store.insertPrevious(checked, user.id())) {
                throw stale("previous permanence", current == null ? 0 : current.version());
            }
        } else if (current == null) {
            throw new RecordNotFoundException("No previous permanence is recorded for this child");
        } else if (current.version() != expectedVersion || !store.updatePrevious(checked, expectedVersion,
                user.id())) {
            throw stale("previous permanence", current.version());
        }
        return store.previous(childId).orElseThrow();
    }

    // decisions that the child should be placed for adoption

    @Transactional
    public AdoptionDecision addDecision(CurrentUser user, UUID childId, PermanenceRules.DecisionInput input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE,
                "recorded: decision to place for adoption");
        AdoptionDecision checked = PermanenceRules.decision(UUID.randomUUID(), childId, input,
                store.decisions(childId), child.dateOfBirth(), today());
        store.insertDecision(checked, user.id());
        events.publishEvent(new PlacementForAdoptionDecided(childId, checked.id(), checked.decidedOn(), user.id()));
        if (checked.reversed()) {
            events.publishEvent(new PlacementForAdoptionReversed(childId, checked.id(), checked.decidedOn(),
                    checked.reversedOn(), checked.reversalReason(), user.id()));
        }
        return decision(childId, checked.id());
    }

    @Transactional
    public AdoptionDecision changeDecision(CurrentUser user, UUID childId, UUID decisionId,
            PermanenceRules.DecisionInput input, int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "changed: decision to place for adoption");
        AdoptionDecision current = decision(childId, decisionId);
        if (current.version() != expectedVersion) {
            throw stale("decision", current.version());
        }
        AdoptionDecision checked = PermanenceRules.decision(decisionId, childId, input, store.decisions(childId),
                child.dateOfBirth(), today());
        if (!store.updateDecision(checked, expectedVersion, user.id())) {
            throw stale("decision", current.version());
        }
        if (checked.reversed() && !current.reversed()) {
            events.publishEvent(new PlacementForAdoptionReversed(childId, decisionId, checked.decidedOn(),
                    checked.reversedOn(), checked.reversalReason(), user.id()));
        }
        return decision(childId, decisionId);
    }

    @Transactional
    public AdoptionDecision decision(CurrentUser user, UUID childId, UUID decisionId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return decision(childId, decisionId);
    }

    private AdoptionDecision decision(UUID childId, UUID decisionId) {
        return store.decisions(childId).stream().filter(d -> d.id().equals(decisionId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No decision with that id for this child"));
    }

    // the match and the adopters: one per child

    /** @param expectedVersion null to record it for the first time */
    @Transactional
    public AdoptionMatch recordMatch(CurrentUser user, UUID childId, PermanenceRules.MatchInput input,
            Integer expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: adoption match");
        AdoptionMatch checked = PermanenceRules.match(childId, input, child.dateOfBirth(), today());
        AdoptionMatch current = store.match(childId).orElse(null);
        if (expectedVersion == null) {
            if (current != null || !store.insertMatch(checked, user.id())) {
                throw stale("adoption match", current == null ? 0 : current.version());
            }
            events.publishEvent(new AdoptionMatched(childId, checked.matchedOn(), checked.byFosterCarers(),
                    user.id()));
        } else if (current == null) {
            throw new RecordNotFoundException("No adoption match is recorded for this child");
        } else if (current.version() != expectedVersion || !store.updateMatch(checked, expectedVersion, user.id())) {
            throw stale("adoption match", current.version());
        }
        return store.match(childId).orElseThrow();
    }

    // Deprivation of Liberty Orders

    @Transactional
    public DeprivationOfLibertyOrder addOrder(CurrentUser user, UUID childId, PermanenceRules.OrderInput input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE,
                "recorded: Deprivation of Liberty Order");
        DeprivationOfLibertyOrder checked = PermanenceRules.order(UUID.randomUUID(), childId, input,
                store.orders(childId), child.dateOfBirth(), today());
        store.insertOrder(checked, user.id());
        events.publishEvent(new DeprivationOfLibertyStarted(childId, checked.id(), checked.startedOn(), user.id()));
        if (!checked.inForce()) {
            events.publishEvent(new DeprivationOfLibertyEnded(childId, checked.id(), checked.startedOn(),
                    checked.endedOn(), user.id()));
        }
        return order(childId, checked.id());
    }

    @Transactional
    public DeprivationOfLibertyOrder changeOrder(CurrentUser user, UUID childId, UUID orderId,
            PermanenceRules.OrderInput input, int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE,
                "changed: Deprivation of Liberty Order");
        DeprivationOfLibertyOrder current = order(childId, orderId);
        if (current.version() != expectedVersion) {
            throw stale("order", current.version());
        }
        DeprivationOfLibertyOrder checked = PermanenceRules.order(orderId, childId, input, store.orders(childId),
                child.dateOfBirth(), today());
        if (!store.updateOrder(checked, expectedVersion, user.id())) {
            throw stale("order", current.version());
        }
        if (!checked.inForce() && !Objects.equals(current.endedOn(), checked.endedOn())) {
            events.publishEvent(new DeprivationOfLibertyEnded(childId, orderId, checked.startedOn(),
                    checked.endedOn(), user.id()));
        }
        return order(childId, orderId);
    }

    @Transactional
    public DeprivationOfLibertyOrder order(CurrentUser user, UUID childId, UUID orderId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return order(childId, orderId);
    }

    private DeprivationOfLibertyOrder order(UUID childId, UUID orderId) {
        return store.orders(childId).stream().filter(o -> o.id().equals(orderId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No Deprivation of Liberty Order with that id for "
                        + "this child"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static StaleEditException stale(String what, int version) {
        return new StaleEditException("Someone else changed this " + what + " since you opened it", version);
    }

}
