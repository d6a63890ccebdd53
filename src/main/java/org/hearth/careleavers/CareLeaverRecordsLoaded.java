package org.hearth.careleavers;

import java.util.List;
import java.util.UUID;

/** Leaving care records were loaded in bulk (demo data): one event a batch, no event per change. */
public record CareLeaverRecordsLoaded(List<UUID> childIds, UUID loadedBy) {
}
