package org.hearth.permanence;

import java.util.List;
import java.util.UUID;

/** Permanence records were written in bulk (an import): one event for the batch, naming every child touched. */
public record PermanenceLoaded(List<UUID> childIds, UUID loadedBy) {
}
