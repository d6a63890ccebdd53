package org.hearth.permanence;

import java.util.List;
import java.util.UUID;

/**
 * Permanence records were written in bulk (an import): one event for the batch, naming every child touched.
 *
 * @param importId the 903 return import that wrote them, for the chronology's marking; null for other bulk loads
 */
public record PermanenceLoaded(List<UUID> childIds, UUID loadedBy, UUID importId) {
}
