package org.hearth.practice;

import java.util.List;
import java.util.UUID;

/**
 * Statutory activity was loaded in bulk for these children (demo and stress data; later, imports). One event per
 * batch rather than one per activity keeps a 30,000-child load fast; listeners read the histories through
 * {@link StatutoryActivities#historiesOf}.
 */
public record StatutoryActivitiesLoaded(List<UUID> childIds, UUID loadedBy) {
}
