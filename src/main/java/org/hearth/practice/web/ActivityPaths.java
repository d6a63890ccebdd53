package org.hearth.practice.web;

import java.util.Locale;

import org.hearth.practice.ActivityKind;
import org.hearth.shared.RecordNotFoundException;

/** The kinds' path segments, as the request mappings match them. */
final class ActivityPaths {

    /**
     * Every {@link ActivityKind#pathSegment()}, as a pattern: mappings must name them in a constant, and matching only
     * these keeps /children/{id}/episodes and the like to their own controllers. A test checks it against the enum.
     */
    static final String KINDS = "visits|reviews|health-assessments|dental-checks|immunisations|development-checks"
            + "|sdq-scores|substance-misuse|personal-education-plans|care-plans|needs-assessments"
            + "|pathway-plan-reviews|personal-adviser-contacts|youth-justice-outcomes";

    private ActivityPaths() {
    }

    static ActivityKind kind(String segment) {
        return ActivityKind.fromPathSegment(segment)
                .orElseThrow(() -> new RecordNotFoundException("No such kind of activity: " + segment));
    }

    static String lower(String label) {
        return label.toLowerCase(Locale.UK);
    }
}
