package org.hearth.oversight;

import java.util.UUID;

/** A team's overdue and due-soon items, for the view across teams. */
public record TeamCounts(UUID teamId, String teamName, long overdue, long dueSoon, long childrenOverdue) {
}
