package org.hearth.places;

import java.time.Instant;
import java.util.List;

/**
 * What an import did.
 *
 * @param rows data rows read
 * @param summary the outcome in words
 * @param reported things worth knowing that did not stop the import (codes no authority is known for: reported, never
 *        guessed)
 */
public record ImportResult(String kind, int rows, String summary, List<ImportProblem> reported, Instant importedAt) {
}
