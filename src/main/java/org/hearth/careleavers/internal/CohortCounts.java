package org.hearth.careleavers.internal;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cohort page's aggregates (the number of young people a view holds, and the KPI counts) kept for
 * {@link #FRESH_FOR}, as the caseload's totals are: each aggregates every row a head of service sees (16,000 on the
 * stress set) on every page of the list. Forgotten as soon as this instance writes the read model; a change made
 * through another instance shows within {@link #FRESH_FOR}. The rows themselves are always read live.
 */
@Component
public class CohortCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final Cache<Object, Object> values = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR)
            .maximumSize(10_000).build();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        return (T) values.get(key, k -> compute.get());
    }

    /** The read model changed in the current transaction: forget everything once it commits. */
    void changed() {
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

    /** After changes made outside this module (a test emptying the tables). */
    public void forgetAll() {
        values.invalidateAll();
    }
}
