package org.hearth.places;

import java.time.Instant;

/** Published after an import of the postcode directory (or the authority lookup) commits, so others re-resolve. */
public record PostcodeDirectoryImported(int postcodes, Instant importedAt) {
}
