package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's record as shown and returned by the API.
 *
 * @param mother whether a young woman is a mother (903 Header MOTHER); null when not recorded
 * @param firstChildBornOn the date of birth of her first child (903 Header MC_DOB)
 */
public record ChildView(UUID id, String localChildId, String firstName, String middleNames, String lastName,
        String preferredName, LocalDate dateOfBirth, String sex, String ethnicity, String upn, String nhsNumber,
        boolean uasc, LocalDate uascCeasedOn, String homePostcode, String currentPostcode, UUID responsibleTeamId,
        UUID allocatedWorkerId, boolean restricted, int version, Boolean mother, LocalDate firstChildBornOn) {

    public String fullName() {
        return firstName + (middleNames == null || middleNames.isBlank() ? "" : " " + middleNames) + " " + lastName;
    }

    /** The name to call the child by. */
    public String knownAs() {
        return preferredName == null || preferredName.isBlank() ? firstName + " " + lastName
                : preferredName + " " + lastName;
    }

    public NewChild asInput() {
        return new NewChild(localChildId, firstName, middleNames, lastName, preferredName, dateOfBirth, sex, ethnicity,
                upn, nhsNumber, uasc, uascCeasedOn, homePostcode, currentPostcode, responsibleTeamId,
                allocatedWorkerId, mother, firstChildBornOn);
    }
}
