package org.hearth.children.internal;

import java.util.UUID;

import org.hearth.children.CareStatus;

/** Filters on the caseload page and the API list; null means "any". */
record CaseloadFilter(UUID teamId, UUID workerId, CareStatus status, Boolean uasc) {

    static final CaseloadFilter NONE = new CaseloadFilter(null, null, null, null);
}
