package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/** The details of a child's record, as submitted when creating or changing it. */
public record NewChild(String localChildId, String firstName, String middleNames, String lastName,
        String preferredName, LocalDate dateOfBirth, String sex, String ethnicity, String upn, String nhsNumber,
        Boolean uasc, LocalDate uascCeasedOn, String homePostcode, String currentPostcode, UUID responsibleTeamId,
        UUID allocatedWorkerId) {
}
