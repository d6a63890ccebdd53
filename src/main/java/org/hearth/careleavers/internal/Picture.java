package org.hearth.careleavers.internal;

import java.util.Map;

import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;
import org.hearth.careleavers.internal.Records.Current;
import org.hearth.careleavers.internal.Records.RatingRecord;

/**
 * A young person's leaving care picture worked out for a day: category, what is current, the suggested ratings and
 * the ratings in force (a worker's override while there is one, otherwise the suggestion).
 */
public record Picture(CategoryAssessment category, Current current, RagSuggestion eet, RagSuggestion circumstances) {

    public RagSuggestion suggestion(RagDomain domain) {
        return domain == RagDomain.EET ? eet : circumstances;
    }

    /** The override in force for the domain, or null. */
    public RatingRecord override(RagDomain domain) {
        RatingRecord latest = current.ratings().get(domain);
        return latest != null && latest.overridden() ? latest : null;
    }

    public Rating rating(RagDomain domain) {
        RatingRecord override = override(domain);
        return override != null ? override.given() : suggestion(domain).rating();
    }

    public Map<RagDomain, Rating> ratings() {
        return Map.of(RagDomain.EET, rating(RagDomain.EET), RagDomain.PERSONAL_CIRCUMSTANCES,
                rating(RagDomain.PERSONAL_CIRCUMSTANCES));
    }
}
