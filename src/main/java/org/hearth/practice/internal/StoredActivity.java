package org.hearth.practice.internal;

import java.time.Instant;
import java.util.UUID;

import org.hearth.practice.ActivityView;

/**
 * An activity with what only its own pages and API show: whether it was recorded in error, and who last corrected it.
 *
 * @param changedBy who wrote the current version (the recorder until someone corrects it)
 */
public record StoredActivity(ActivityView view, boolean enteredInError, String enteredInErrorReason, UUID changedBy,
        Instant changedAt) {

    public UUID id() {
        return view.id();
    }

    public int version() {
        return view.version();
    }

    public String summary() {
        return ActivityDefinitions.of(view.kind()).summary().apply(view.details());
    }
}
