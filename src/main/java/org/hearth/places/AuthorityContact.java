package org.hearth.places;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact in the directory.
 *
 * @param stale not verified within the local setting {@code places.contacts.stale-after} (or never verified)
 * @param version optimistic lock: changes must name the version they were made against
 */
public record AuthorityContact(UUID id, String authorityCode, ContactService service, String name, String phone,
        String email, String address, String website, LocalDate lastVerifiedOn, boolean stale, int version) {
}
