package org.hearth.children.internal;

import java.util.UUID;

import org.hearth.children.CareStatus;
import org.hearth.shared.InvalidInputException;

/** Builds caseload filters and checks paging, for the pages and the API alike. */
public final class CaseloadQuery {

    public static final int MAX_PAGE_SIZE = 100;

    private CaseloadQuery() {
    }

    public static CaseloadFilter filter(UUID team, UUID worker, CareStatus status, Boolean uasc) {
        return new CaseloadFilter(team, worker, status, uasc);
    }

    public static void checkPaging(int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
