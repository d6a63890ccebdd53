package org.hearth.practice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.hearth.practice.internal.ActivityRules;
import org.hearth.practice.internal.BulkActivities;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's statutory activity for other modules: the drift engine's queries and the demo data's bulk load.
 * <p>
 * No access check and no access log here: callers decide who may see what they show, as they do with children's
 * records. Activity recorded in error is left out of every history.
 */
@Service
public class StatutoryActivities {

    private final BulkActivities store;
    private final ActivityRules rules;
    private final ApplicationEventPublisher events;

    StatutoryActivities(BulkActivities store, ActivityRules rules, ApplicationEventPublisher events) {
        this.store = store;
        this.rules = rules;
        this.events = events;
    }

    /** The child's activity of every kind, oldest first (by date, then by when it was recorded). */
    @Transactional(readOnly = true)
    public List<ActivityView> historyOf(UUID childId) {
        return store.histories(List.of(childId)).get(childId);
    }

    /**
     * Many children's histories in few queries (one per thousand children).
     *
     * @return every child asked about, with an empty list for a child with no activity, oldest first
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<ActivityView>> historiesOf(Collection<UUID> childIds) {
        return store.histories(childIds);
    }

    /**
     * Many children's activity of some kinds dated within a period, in few queries (one per thousand children): for
     * reports across the council that need a few kinds, not every visit (the 903 return).
     *
     * @return every child asked about, with an empty list for a child with none, oldest first
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<ActivityView>> historiesOf(Collection<UUID> childIds, java.util.Set<ActivityKind> kinds,
            java.time.LocalDate from, java.time.LocalDate until) {
        return store.histories(childIds, kinds, from, until);
    }

    /**
     * Every child's history, one child at a time in child id order, read through a single streaming query: for
     * working out due items across the whole council (30,000 children) in seconds with bounded memory. Children with
     * no activity are not visited.
     */
    @Transactional(readOnly = true)
    public void forEachHistory(Consumer<List<ActivityView>> perChild) {
        store.forEachHistory(perChild);
    }

    /**
     * Loads many activities at once (demo and stress data; later, imports), checked by the same rules as one
     * recorded on a page, as one JDBC batch in the caller's transaction: all or nothing. Publishes one
     * {@link StatutoryActivitiesLoaded} for the batch rather than an event per activity.
     *
     * @return how many were loaded
     * @throws InvalidInputException naming the activity ({@code activities[i].field}) at the first refusal
     */
    @Transactional
    public int load(List<NewActivity> activities, UUID loadedBy) {
        List<BulkActivities.Row> rows = new ArrayList<>(activities.size());
        Set<UUID> children = new LinkedHashSet<>();
        for (int i = 0; i < activities.size(); i++) {
            NewActivity activity = activities.get(i);
            ActivityRules.Checked checked;
            try {
                checked = rules.check(activity.kind(), activity.date(), activity.details(),
                        activity.childDateOfBirth(), List.of());
            } catch (InvalidInputException e) {
                int index = i;
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new FieldProblem("activities[" + index + "]." + p.field(), p.message())).toList());
            }
            rows.add(new BulkActivities.Row(activity.childId(), activity.kind(), checked.date(), checked.values()));
            children.add(activity.childId());
        }
        store.insertAll(rows, loadedBy);
        events.publishEvent(new StatutoryActivitiesLoaded(List.copyOf(children), loadedBy));
        return rows.size();
    }

    /**
     * What Hearth would refuse in an activity, without recording it: an import checks every row before writing
     * anything, by the same rules as {@link #load}.
     *
     * @return the problems, by field; empty when it would be recorded
     */
    public List<FieldProblem> problemsWith(NewActivity activity) {
        try {
            rules.check(activity.kind(), activity.date(), activity.details(), activity.childDateOfBirth(), List.of());
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /**
     * Corrects many activities at once (a 903 return import applying a changed return), each checked by its kind's
     * rules and kept as a new version, in the caller's transaction; one {@link StatutoryActivitiesLoaded} for the
     * batch.
     *
     * @throws InvalidInputException naming the correction ({@code corrections[i].field}) at the first refusal
     * @throws IllegalStateException when an activity changed meanwhile (the caller's transaction rolls back)
     */
    @Transactional
    public int correctAll(List<ActivityCorrection> corrections, UUID correctedBy) {
        Set<UUID> children = new LinkedHashSet<>();
        for (int i = 0; i < corrections.size(); i++) {
            ActivityCorrection c = corrections.get(i);
            ActivityRules.Checked checked;
            try {
                checked = rules.check(c.kind(), c.date(), c.details(), c.childDateOfBirth(), List.of());
            } catch (InvalidInputException e) {
                int index = i;
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new FieldProblem("corrections[" + index + "]." + p.field(), p.message())).toList());
            }
            if (!store.update(c.id(), c.version(), c.kind(), checked.date(), checked.values(), correctedBy)) {
                throw new IllegalStateException("Activity " + c.id() + " changed while it was being corrected");
            }
            children.add(c.childId());
        }
        if (!children.isEmpty()) {
            events.publishEvent(new StatutoryActivitiesLoaded(List.copyOf(children), correctedBy));
        }
        return corrections.size();
    }

    /** A correction to load in bulk ({@link #correctAll}): the activity at {@code version} gets these details. */
    public record ActivityCorrection(UUID id, int version, UUID childId, java.time.LocalDate childDateOfBirth,
            ActivityKind kind, java.time.LocalDate date, Map<String, String> details) {
    }
}
