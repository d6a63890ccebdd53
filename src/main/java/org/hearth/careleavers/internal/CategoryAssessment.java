package org.hearth.careleavers.internal;

import java.time.LocalDate;

import org.hearth.careleavers.CareLeaverCategory;

/**
 * A young person's care leaver category with the reasons, in words.
 *
 * @param certain false when care before Hearth's records could change the answer
 * @param lookedAfterNow looked after today (short breaks aside)
 * @param leftCareOn the end of the latest period of care, if it has ended
 */
public record CategoryAssessment(CareLeaverCategory category, String why, boolean certain, boolean lookedAfterNow,
        LocalDate leftCareOn) {

    /** In the cohort: 16 to 24, looked after or a care leaver of any category. */
    public boolean inCohort() {
        return category != CareLeaverCategory.NOT_A_CARE_LEAVER;
    }
}
