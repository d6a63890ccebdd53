package org.hearth.practice.internal;

import org.hearth.children.ChildGate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildView;
import org.hearth.practice.ActivityKind;
import org.hearth.practice.StatutoryActivityCorrected;
import org.hearth.practice.StatutoryActivityRecorded;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, recording and correcting a child's statutory activity. Every method applies the child's access rule and
 * writes the access log; each change is one transaction with its event. Nothing is deleted: a correction writes a
 * new version (the database keeps the old one), and a record made in error is marked so, with the reason.
 */
@Service
public class ActivityService {

    static final int REASON_MAX = 1_000;

    private final ActivityRepository activities;
    private final ActivityRules rules;
    private final ChildGate gate;
    private final ApplicationEventPublisher events;

    ActivityService(ActivityRepository activities, ActivityRules rules, ChildGate gate,
            ApplicationEventPublisher events) {
        this.activities = activities;
        this.rules = rules;
        this.gate = gate;
        this.events = events;
    }

    /**
     * An activity as typed.
     *
     * @param values the kind's fields as text, by name
     * @param readProblems what could not be read (a date that is not a date), reported with the rest
     */
    public record Input(java.time.LocalDate date, Map<String, String> values, List<FieldProblem> readProblems) {
    }

    /** A child with their activity of every kind (including what was recorded in error), newest first. */
    public record ChildActivity(ChildView child, List<StoredActivity> activities) {

        public List<StoredActivity> of(ActivityKind kind) {
            return activities.stream().filter(a -> a.view().kind() == kind).toList();
        }
    }

    @Transactional
    public ChildActivity all(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildActivity(child, newestFirst(activities.all(childId)));
    }

    @Transactional
    public ChildActivity ofKind(CurrentUser user, UUID childId, ActivityKind kind, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildActivity(child, newestFirst(activities.all(childId)).stream()
                .filter(a -> a.view().kind() == kind).toList());
    }

    /** The child, for a page about to record their activity; the view is logged as {@code what}. */
    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public One one(CurrentUser user, UUID childId, ActivityKind kind, UUID activityId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new One(child, find(childId, kind, activityId, false));
    }

    /** An activity and its child. */
    public record One(ChildView child, StoredActivity activity) {
    }

    @Transactional
    public StoredActivity record(CurrentUser user, UUID childId, ActivityKind kind, Input input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: " + lower(kind.label()));
        ActivityRules.Checked checked = rules.check(kind, input.date(), input.values(), child.dateOfBirth(),
                input.readProblems());
        UUID id = UUID.randomUUID();
        activities.insert(id, childId, kind, checked.date(), checked.values(), user.id());
        StoredActivity saved = activities.find(childId, id).orElseThrow();
        events.publishEvent(new StatutoryActivityRecorded(childId, id, kind, checked.date(), saved.summary(),
                user.id()));
        return saved;
    }

    /**
     * Corrects an activity, or marks it as recorded in error with the reason (then it can no longer be changed).
     *
     * @param expectedVersion the version the user saw
     */
    @Transactional
    public StoredActivity correct(CurrentUser user, UUID childId, ActivityKind kind, UUID activityId, Input input,
            boolean enteredInError, String enteredInErrorReason, int expectedVersion) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, (enteredInError
                ? "marked as recorded in error: " : "corrected: ") + lower(kind.label()));
        StoredActivity current = find(childId, kind, activityId, true);
        if (current.version() != expectedVersion) {
            throw new StaleEditException("Someone else changed this record since you opened it", current.version());
        }
        if (current.enteredInError()) {
            throw InvalidInputException.of("enteredInError", "This was marked as recorded in error and can no "
                    + "longer be changed");
        }
        String reason = enteredInErrorReason == null ? "" : enteredInErrorReason.trim();
        List<FieldProblem> readProblems = new java.util.ArrayList<>(input.readProblems());
        if (enteredInError && reason.isEmpty()) {
            readProblems.add(new FieldProblem("enteredInErrorReason", "Enter why it was recorded in error"));
        } else if (reason.length() > REASON_MAX) {
            readProblems.add(new FieldProblem("enteredInErrorReason", "The reason must be " + REASON_MAX
                    + " characters or fewer"));
        }
        ActivityRules.Checked checked = rules.check(kind, input.date(), input.values(), child.dateOfBirth(),
                readProblems);
        if (!activities.update(activityId, expectedVersion, checked.date(), kind, checked.values(), enteredInError,
                enteredInError ? reason : null, user.id())) {
            throw new StaleEditException("Someone else changed this record since you opened it", current.version());
        }
        StoredActivity saved = activities.find(childId, activityId).orElseThrow();
        events.publishEvent(new StatutoryActivityCorrected(childId, activityId, kind, current.view().date(),
                checked.date(), saved.summary(), enteredInError, saved.enteredInErrorReason(), saved.version(),
                user.id()));
        return saved;
    }

    private StoredActivity find(UUID childId, ActivityKind kind, UUID activityId, boolean forUpdate) {
        return (forUpdate ? activities.findForUpdate(childId, activityId) : activities.find(childId, activityId))
                .filter(a -> a.view().kind() == kind)
                .orElseThrow(() -> new RecordNotFoundException("No " + lower(kind.label()) + " with id "
                        + activityId + " for this child"));
    }

    private static List<StoredActivity> newestFirst(List<StoredActivity> oldestFirst) {
        return oldestFirst.stream().sorted(Comparator.comparing((StoredActivity a) -> a.view().date())
                .thenComparing(a -> a.view().recordedAt()).reversed()).toList();
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.UK);
    }
}
