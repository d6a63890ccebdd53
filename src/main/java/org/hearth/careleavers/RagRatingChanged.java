package org.hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A young person's rating changed: a worker gave one (overriding the suggestion with a reason, or accepting it), or
 * the suggestion in force changed as the record changed.
 *
 * @param from the rating before, or null for the first
 * @param givenBy the worker, or null when Hearth followed its own suggestion
 */
public record RagRatingChanged(UUID childId, UUID ratingId, RagDomain domain, Rating from, Rating to,
        Rating suggested, boolean overridden, String reason, LocalDate ratedOn, UUID givenBy) implements Events {
}
