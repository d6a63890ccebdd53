package org.hearth.places;

import java.time.LocalDate;

/** A contact as typed or imported, before it is checked. */
public record ContactDetails(ContactService service, String name, String phone, String email, String address,
        String website, LocalDate lastVerifiedOn) {
}
