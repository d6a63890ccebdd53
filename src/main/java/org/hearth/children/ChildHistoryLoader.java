package org.hearth.children;

import java.util.List;
import java.util.UUID;

/**
 * Loads many children with their episode histories at once (demo and stress data). Each child and each command goes
 * through the same validation and episode rules as the pages; the whole batch is one transaction.
 */
public interface ChildHistoryLoader {

    /** @return the new children's ids, in the order given */
    List<UUID> load(List<ChildHistory> histories, UUID loadedBy, java.time.LocalDate today);

    long countChildren();
}
