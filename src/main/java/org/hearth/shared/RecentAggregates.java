package org.hearth.shared;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Totals and counts over a whole list view (a head of service's caseload or cohort: every row on every page), kept
 * for {@link #FRESH_FOR} instead of counted on each request, and forgotten as soon as this instance changes what they
 * count. A change made through another instance of Hearth shows within {@link #FRESH_FOR}; the rows themselves are
 * always read live.
 */
public class RecentAggregates {

    public static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final Cache<Object, Object> values = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR)
            .maximumSize(10_000).build();

    /** The value kept for the key (a record of everything the aggregate depends on), computed when not kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        return (T) values.get(key, k -> compute.get());
    }

    /** What is counted changed in the current transaction: forget everything once it commits. */
    public void changed() {
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

    /** Forgets everything (after changes made elsewhere, such as a test emptying the tables). */
    public void forgetAll() {
        values.invalidateAll();
    }
}
