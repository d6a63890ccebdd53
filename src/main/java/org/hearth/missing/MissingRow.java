package org.hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the 903 Missing table (../shared/docs/903.md section 2.10): CHILD, DOB, MISSING, MIS_START, MIS_END.
 *
 * @param end null while the episode is open, or when it ended after the collection year (rule 571)
 */
public record MissingRow(UUID childId, String localChildId, LocalDate dateOfBirth, MissingType type, LocalDate start,
        LocalDate end) {
}
