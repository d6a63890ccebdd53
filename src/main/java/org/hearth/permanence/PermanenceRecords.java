package org.hearth.permanence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.hearth.permanence.internal.PermanenceRepository;
import org.hearth.permanence.internal.PermanenceRules;
import org.hearth.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permanence records for other modules: each child's records for a set of children (the 903 export) and a bulk write
 * (the 903 import). No access check and no access log here: callers decide who may see or change what, as they do
 * with children's records, and log it.
 */
@Service
public class PermanenceRecords {

    private final PermanenceRepository store;
    private final ApplicationEventPublisher events;

    PermanenceRecords(PermanenceRepository store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /**
     * Many children's records in four queries.
     *
     * @return only the children asked about who have any record
     */
    @Transactional(readOnly = true)
    public Map<UUID, ChildPermanence> of(Collection<UUID> childIds) {
        return store.of(childIds);
    }

    /**
     * What the entry rules would refuse in a child's records given whole (an import), each decision and order checked
     * against the others given, dates against the child's birth and today. Ids and versions are not read.
     *
     * @return the problems, by part and field; empty when every part would be recorded
     */
    public List<PermanenceProblem> problemsWith(ChildPermanence given, LocalDate birth, LocalDate today) {
        List<PermanenceProblem> problems = new ArrayList<>();
        PreviousPermanence previous = given.previous();
        if (previous != null) {
            collect(problems, PermanenceProblem.Part.PREVIOUS_PERMANENCE, 0, () -> PermanenceRules.previous(
                    given.childId(), new PermanenceRules.PreviousInput(previous.option(), previous.localAuthority(),
                            previous.orderDate(), List.of()), birth, today));
        }
        // the others are told apart by position, not id: imported records have none yet
        List<AdoptionDecision> decisions = numbered(given.decisions(), (d, id) -> new AdoptionDecision(id,
                d.childId(), d.decidedOn(), d.reversedOn(), d.reversalReason(), 0));
        for (int i = 0; i < decisions.size(); i++) {
            AdoptionDecision d = decisions.get(i);
            collect(problems, PermanenceProblem.Part.DECISION, i, () -> PermanenceRules.decision(d.id(),
                    given.childId(), new PermanenceRules.DecisionInput(d.decidedOn(), d.reversedOn(),
                            d.reversalReason(), List.of()), decisions, birth, today));
        }
        AdoptionMatch match = given.match();
        if (match != null) {
            collect(problems, PermanenceProblem.Part.MATCH, 0, () -> PermanenceRules.match(given.childId(),
                    new PermanenceRules.MatchInput(match.matchedOn(), match.byFosterCarers() ? "1" : "0",
                            String.valueOf(match.adopterCount()), match.adopterSex(), match.adopterLegalStatus(),
                            List.of()), birth, today));
        }
        List<DeprivationOfLibertyOrder> orders = numbered(given.orders(), (o, id) -> new DeprivationOfLibertyOrder(
                id, o.childId(), o.startedOn(), o.endedOn(), 0));
        for (int i = 0; i < orders.size(); i++) {
            DeprivationOfLibertyOrder o = orders.get(i);
            collect(problems, PermanenceProblem.Part.ORDER, i, () -> PermanenceRules.order(o.id(), given.childId(),
                    new PermanenceRules.OrderInput(o.startedOn(), o.endedOn(), List.of()), orders, birth, today));
        }
        return problems;
    }

    private static <T> List<T> numbered(List<T> records, BiFunction<T, UUID, T> withId) {
        return records.stream().map(r -> withId.apply(r, UUID.randomUUID())).toList();
    }

    private static void collect(List<PermanenceProblem> problems, PermanenceProblem.Part part, int index,
            Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new PermanenceProblem(part, index, p.field(), p.message())));
        }
    }

    /** As {@link #replace(List, UUID, UUID)}, for bulk loads that are not a return import. */
    @Transactional
    public void replace(List<ChildPermanence> records, UUID loadedBy) {
        replace(records, loadedBy, null);
    }

    /**
     * Replaces everything recorded for the children given with what is given (an import of a return that holds the
     * whole history), in the caller's transaction: all or nothing. A decision's or order's id is kept when given (so
     * the chronology's entries still point at it), else made; versions start again. Publishes one
     * {@link PermanenceLoaded}.
     *
     * @param importId the 903 return import writing them, for the chronology's marking; null for other bulk loads
     */
    @Transactional
    public void replace(List<ChildPermanence> records, UUID loadedBy, UUID importId) {
        Set<UUID> children = new LinkedHashSet<>();
        records.forEach(r -> children.add(r.childId()));
        if (children.isEmpty()) {
            return;
        }
        store.deleteAll(children);
        insert(records, loadedBy);
        events.publishEvent(new PermanenceLoaded(List.copyOf(children), loadedBy, importId));
    }

    /**
     * Merges into what is recorded (an import of a year's return over Hearth's records), in the caller's
     * transaction: a previous permanence or match given replaces the stored one; a decision or order is matched to a
     * stored one by its start date (decided on, started on) and replaces it, keeping its id, or is added. Nothing
     * stored is removed. Publishes one {@link PermanenceLoaded}.
     *
     * @param importId the 903 return import writing them, for the chronology's marking
     */
    @Transactional
    public void merge(List<ChildPermanence> records, UUID loadedBy, UUID importId) {
        if (records.isEmpty()) {
            return;
        }
        Map<UUID, ChildPermanence> stored = store.of(records.stream().map(ChildPermanence::childId).toList());
        List<ChildPermanence> merged = new ArrayList<>();
        for (ChildPermanence given : records) {
            ChildPermanence now = stored.get(given.childId());
            if (now == null) {
                merged.add(given);
                continue;
            }
            Map<java.time.LocalDate, AdoptionDecision> decisions = new HashMap<>();
            now.decisions().forEach(d -> decisions.put(d.decidedOn(), d));
            given.decisions().forEach(d -> decisions.merge(d.decidedOn(), d, (held, g) -> new AdoptionDecision(
                    held.id(), g.childId(), g.decidedOn(), g.reversedOn(), g.reversalReason(), 0)));
            Map<java.time.LocalDate, DeprivationOfLibertyOrder> orders = new HashMap<>();
            now.orders().forEach(o -> orders.put(o.startedOn(), o));
            given.orders().forEach(o -> orders.merge(o.startedOn(), o, (held, g) -> new DeprivationOfLibertyOrder(
                    held.id(), g.childId(), g.startedOn(), g.endedOn(), 0)));
            merged.add(new ChildPermanence(given.childId(),
                    given.previous() != null ? given.previous() : now.previous(),
                    decisions.values().stream().sorted(java.util.Comparator.comparing(AdoptionDecision::decidedOn))
                            .toList(),
                    given.match() != null ? given.match() : now.match(),
                    orders.values().stream().sorted(java.util.Comparator.comparing(
                            DeprivationOfLibertyOrder::startedOn)).toList()));
        }
        replace(merged, loadedBy, importId);
    }

    private void insert(List<ChildPermanence> records, UUID by) {
        for (ChildPermanence r : records) {
            if (r.previous() != null) {
                store.insertPrevious(new PreviousPermanence(r.childId(), r.previous().option(),
                        r.previous().localAuthority(), r.previous().orderDate(), 0), by);
            }
            for (AdoptionDecision d : r.decisions()) {
                store.insertDecision(new AdoptionDecision(d.id() == null ? UUID.randomUUID() : d.id(), r.childId(),
                        d.decidedOn(), d.reversedOn(), d.reversalReason(), 0), by);
            }
            if (r.match() != null) {
                AdoptionMatch m = r.match();
                store.insertMatch(new AdoptionMatch(r.childId(), m.matchedOn(), m.byFosterCarers(), m.adopterCount(),
                        m.adopterSex(), m.adopterLegalStatus(), 0), by);
            }
            for (DeprivationOfLibertyOrder o : r.orders()) {
                store.insertOrder(new DeprivationOfLibertyOrder(o.id() == null ? UUID.randomUUID() : o.id(),
                        r.childId(), o.startedOn(), o.endedOn(), 0), by);
            }
        }
    }
}
