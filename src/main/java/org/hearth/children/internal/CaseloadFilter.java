package org.hearth.children.internal;

import java.util.UUID;

import org.hearth.children.CareStatus;

/** Filters on the caseload page and the API list; null means "any". */
public record CaseloadFilter(UUID teamId, UUID workerId, CareStatus status, Boolean uasc) {

    public static final CaseloadFilter NONE = new CaseloadFilter(null, null, null, null);
}
