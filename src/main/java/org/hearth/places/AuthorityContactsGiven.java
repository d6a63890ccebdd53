package org.hearth.places;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A young person living outside the home area was given the contacts of the authority where they live (issue 6).
 *
 * @param how IN_PERSON, POST, EMAIL or TEXT_MESSAGE
 */
public record AuthorityContactsGiven(UUID childId, UUID recordId, String authorityCode, String authorityName,
        LocalDate givenOn, String how, UUID recordedBy) {
}
