package org.hearth.practice;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An activity to load in bulk ({@link StatutoryActivities#load}): checked by the same per-kind rules as one recorded
 * on a page.
 *
 * @param childDateOfBirth the child's date of birth, for the rules that depend on age (known to the loader, which
 *        made the child)
 * @param details the kind's fields as text, named as on {@link ActivityKind}
 */
public record NewActivity(UUID childId, LocalDate childDateOfBirth, ActivityKind kind, LocalDate date,
        Map<String, String> details) {
}
