package org.hearth.access;

import java.util.UUID;

/** A team, as other modules see it. */
public record TeamSummary(UUID id, String name, TeamKind kind) {
}
