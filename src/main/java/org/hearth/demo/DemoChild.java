package org.hearth.demo;

import java.time.LocalDate;
import java.time.Period;

/**
 * What the episode history of a demo child depends on.
 *
 * @param dateOfBirth the child's date of birth
 * @param uasc whether the child is an unaccompanied asylum-seeking child
 * @param homePostcode the family home's postcode, where a placement with parents is
 */
record DemoChild(LocalDate dateOfBirth, boolean uasc, String homePostcode) {

    int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    LocalDate birthday(int age) {
        return dateOfBirth.plusYears(age);
    }
}
