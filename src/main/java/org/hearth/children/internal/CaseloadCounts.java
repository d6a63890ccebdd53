package org.hearth.children.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.hearth.access.ChildVisibility;
import org.hearth.shared.RecentAggregates;
import org.springframework.stereotype.Component;

/**
 * How many children a caseload view holds ("30,000 children and young people", and so the number of pages). Counting
 * a head of service's whole caseload reads every child row, on every page of it; the total is kept for a few seconds
 * instead, and forgotten as soon as this instance changes any child's record.
 */
@Component
public class CaseloadCounts extends RecentAggregates {

    private record Key(ChildVisibility visibility, CaseloadFilter filter, LocalDate today) {
    }

    long total(ChildVisibility visibility, CaseloadFilter filter, LocalDate today, Supplier<Long> count) {
        return get(new Key(visibility, filter, today), count);
    }

    /** A child's record changed in the current transaction: forget the totals once it commits. */
    void childChanged() {
        changed();
    }
}
