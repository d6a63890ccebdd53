package org.hearth.careleavers.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.hearth.careleavers.CareLeaverCategory;
import org.hearth.careleavers.Rating;

/** One young person on the cohort page, as the read model holds them. */
public record CohortRow(UUID childId, String localChildId, String name, String sortName, LocalDate dateOfBirth,
        UUID teamId, UUID workerId, boolean restricted, boolean lookedAfter, CareLeaverCategory category,
        String categoryWhy, boolean categoryCertain, UUID adviserId, String inTouchCode, LocalDate lastContactOn,
        String activityCode, LocalDate activitySince, String accommodationCode, LocalDate accommodationSince,
        boolean stayingPut, String postcode, Rating eetSuggested, Rating eetRating, boolean eetOverridden,
        Rating circumstancesSuggested, Rating circumstancesRating, boolean circumstancesOverridden) {

    public int age(LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }
}
