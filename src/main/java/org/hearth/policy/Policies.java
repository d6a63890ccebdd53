package org.hearth.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.hearth.access.CurrentUser;
import org.hearth.policy.internal.PolicyRepository;
import org.hearth.policy.internal.PolicyValues;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes local settings. A value applies from its effective-from date until a later version takes over;
 * with no version, Hearth's default applies. Versions are never changed or deleted, so what applied on any past
 * date can always be told.
 */
@Service
public class Policies {

    private final PolicyRepository versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Policies(PolicyRepository versions, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /** The value in force on a date, as text in its type's format. */
    public String value(String key, LocalDate on) {
        PolicyDefinition definition = definition(key);
        return inForce(key, on).map(PolicyVersion::value).orElse(definition.defaultValue());
    }

    /**
     * Settings are read on most pages and for every due date, but change rarely: every version is kept in memory for
     * {@link #VERSIONS_FRESH_FOR} (and read again at once after a change made here), instead of one query a value.
     */
    static final java.time.Duration VERSIONS_FRESH_FOR = java.time.Duration.ofSeconds(30);

    private volatile CachedVersions cached;
    /**
     * Counts forgettings, so that versions read by one thread before another's change committed are not kept after
     * it (a reader that began before the change would otherwise store a stale copy for {@link #VERSIONS_FRESH_FOR}).
     */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private record CachedVersions(java.util.Map<String, List<PolicyVersion>> byKey, long readAt) {
    }

    /** The latest version to take effect on or before the date (the later change wins a tie). */
    private java.util.Optional<PolicyVersion> inForce(String key, LocalDate on) {
        CachedVersions known = cached;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > VERSIONS_FRESH_FOR.toNanos()) {
            long readingAfter = generation.get();
            known = new CachedVersions(versions.all().stream().collect(java.util.stream.Collectors.groupingBy(
                    PolicyVersion::key)), now);
            if (generation.get() == readingAfter) {
                cached = known;
            }
        }
        return known.byKey().getOrDefault(key, List.of()).stream().filter(v -> !v.effectiveFrom().isAfter(on))
                .max(java.util.Comparator.comparing(PolicyVersion::effectiveFrom).thenComparing(PolicyVersion::id));
    }

    /** After versions change outside this instance's own {@link #change} (a test emptying the table). */
    public void forgetCachedVersions() {
        generation.incrementAndGet();
        cached = null;
    }

    public Period period(String key, LocalDate on) {
        return Period.parse(value(key, on));
    }

    public int number(String key, LocalDate on) {
        return Integer.parseInt(value(key, on));
    }

    @Transactional(readOnly = true)
    public PolicySetting setting(String key, LocalDate on) {
        PolicyDefinition definition = definition(key);
        var inForce = inForce(key, on);
        return new PolicySetting(definition, inForce.map(PolicyVersion::value).orElse(definition.defaultValue()),
                inForce.map(PolicyVersion::effectiveFrom).orElse(null), versions.history(key));
    }

    @Transactional(readOnly = true)
    public List<PolicySetting> settings(LocalDate on) {
        return PolicyCatalogue.ALL.stream().map(d -> setting(d.key(), on)).toList();
    }

    /**
     * Records a new version of a setting. The value is checked against the setting's type and bounds; it may take
     * effect from today or a later date, never an earlier one, so what applied in the past is not rewritten.
     */
    @Transactional
    public PolicySetting change(CurrentUser user, String key, String value, LocalDate effectiveFrom, String reason) {
        PolicyDefinition definition = definition(key);
        LocalDate today = LocalDate.now(clock);
        String normalised = PolicyValues.check(definition, value, effectiveFrom, reason, today);
        versions.add(key, normalised, effectiveFrom, user.id(), user.displayName(), reason.trim());
        forgetAfterCommit();
        events.publishEvent(new PolicyChanged(key, normalised, effectiveFrom, user.id(), reason.trim()));
        return setting(key, today);
    }

    private void forgetAfterCommit() {
        generation.incrementAndGet();
        cached = null;
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            generation.incrementAndGet();
                            cached = null;
                        }
                    });
        }
    }

    private static PolicyDefinition definition(String key) {
        return PolicyCatalogue.find(key).orElseThrow(() -> new RecordNotFoundException("No setting called " + key));
    }

}
