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
        Rating circumstancesSuggested, Rating circumstancesRating, boolean circumstancesOverridden,
        String residenceStatus, String authorityCode, String authorityName, Boolean outOfArea,
        Double milesFromHome) {

    /** Where they live, in words: the authority, or what the postcode could not tell. */
    public String livesIn() {
        if (residenceStatus == null) {
            return postcode == null ? "No postcode" : postcode;
        }
        return switch (residenceStatus) {
            case "NO_POSTCODE" -> "No postcode recorded";
            case "UNKNOWN_POSTCODE" -> "Postcode not known (" + postcode + ")";
            case "NO_AUTHORITY" -> "Authority not known (" + postcode + ")";
            case "OUTSIDE_ENGLAND" -> "Outside England" + (authorityName == null ? "" : " (" + authorityName + ")");
            default -> authorityName == null ? postcode : authorityName;
        };
    }

    /** The same row with where they live added. */
    public CohortRow livingAt(String status, String code, String name, Boolean out, Double miles) {
        return new CohortRow(childId, localChildId, this.name, sortName, dateOfBirth, teamId, workerId, restricted,
                lookedAfter, category, categoryWhy, categoryCertain, adviserId, inTouchCode, lastContactOn,
                activityCode, activitySince, accommodationCode, accommodationSince, stayingPut, postcode,
                eetSuggested, eetRating, eetOverridden, circumstancesSuggested, circumstancesRating,
                circumstancesOverridden, status, code, name, out, miles);
    }

    public int age(LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }
}
