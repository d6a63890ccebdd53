package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The child's match with prospective adopters and who they are (903 AD1, docs/903.md 2.7).
 *
 * @param adopterSex SEX_ADOPTR: M1, F1, MM, FF, MF
 * @param adopterLegalStatus LS_ADOPTR: L0, L11, L12, L2, L3, L4
 */
public record AdoptionMatch(UUID childId, LocalDate matchedOn, boolean byFosterCarers, int adopterCount,
        String adopterSex, String adopterLegalStatus, int version) {
}
