package org.hearth.oversight;

import java.time.LocalDate;
import java.util.UUID;

/** A due item as a worker or manager sees it: the child named, its standing today. */
public record DueItemView(UUID childId, String childName, String localChildId, DueKind kind, LocalDate dueBy,
        DueStatus status, String why, boolean dateCertain, String recordPath, UUID workerId, String workerName) {

    public String label() {
        return kind.label();
    }
}
