package org.hearth.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The details of a child's record, as submitted when creating or changing it.
 *
 * @param mother whether a young woman is a mother (903 Header MOTHER); null when not recorded, and for a male child
 * @param firstChildBornOn the date of birth of her first child (903 Header MC_DOB); only for a mother
 */
public record NewChild(String localChildId, String firstName, String middleNames, String lastName,
        String preferredName, LocalDate dateOfBirth, String sex, String ethnicity, String upn, String nhsNumber,
        Boolean uasc, LocalDate uascCeasedOn, String homePostcode, String currentPostcode, UUID responsibleTeamId,
        UUID allocatedWorkerId, Boolean mother, LocalDate firstChildBornOn) {

    /** Details without a mother status (not recorded). */
    public NewChild(String localChildId, String firstName, String middleNames, String lastName,
            String preferredName, LocalDate dateOfBirth, String sex, String ethnicity, String upn, String nhsNumber,
            Boolean uasc, LocalDate uascCeasedOn, String homePostcode, String currentPostcode, UUID responsibleTeamId,
            UUID allocatedWorkerId) {
        this(localChildId, firstName, middleNames, lastName, preferredName, dateOfBirth, sex, ethnicity, upn,
                nhsNumber, uasc, uascCeasedOn, homePostcode, currentPostcode, responsibleTeamId, allocatedWorkerId,
                null, null);
    }
}
