package org.hearth.oversight;

import java.time.LocalDate;
import java.util.UUID;

/** A worker's next one-to-one supervision, for their manager. */
public record SupervisionItem(UUID workerId, String workerName, LocalDate dueBy, DueStatus status, String why) {
}
