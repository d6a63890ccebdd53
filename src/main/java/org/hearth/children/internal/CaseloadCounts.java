package org.hearth.children.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.hearth.access.ChildVisibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many children a caseload view holds ("30,000 children and young people", and so the number of pages). Counting
 * a head of service's whole caseload reads every child row, on every page of it; the total is kept for
 * {@link #FRESH_FOR} instead, and forgotten as soon as this instance changes any child's record. A change made through
 * another instance of Hearth shows in the total within {@link #FRESH_FOR}; the rows themselves are always read live.
 */
@Component
public class CaseloadCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final Cache<Key, Long> totals = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(10_000)
            .build();

    private record Key(ChildVisibility visibility, CaseloadFilter filter, LocalDate today) {
    }

    long total(ChildVisibility visibility, CaseloadFilter filter, LocalDate today, Supplier<Long> count) {
        return totals.get(new Key(visibility, filter, today), key -> count.get());
    }

    /** A child's record changed in the current transaction: forget the totals once it commits. */
    void childChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetAll();
                }
            });
        } else {
            forgetAll();
        }
    }

    /** Forgets every total (after changes made outside the children module, such as a test emptying the tables). */
    public void forgetAll() {
        totals.invalidateAll();
    }
}
