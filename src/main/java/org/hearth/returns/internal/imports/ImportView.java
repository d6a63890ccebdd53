package org.hearth.returns.internal.imports;

import java.time.Instant;
import java.util.UUID;

/** An import as listed and shown: who, when, which year, how it ended, and how many children it created or changed. */
public record ImportView(UUID id, int year, ImportStatus status, UUID requestedBy, String requestedByName,
        Instant requestedAt, Instant startedAt, Instant finishedAt, UUID teamId, String files,
        boolean withPreviousYear, int childrenCreated, int childrenUpdated, int childrenUnchanged, String failure) {

    public String yearLabel() {
        return new org.hearth.returns.CollectionYear(year).label();
    }
}
